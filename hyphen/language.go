package hyphen

import (
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"io"
	"io/fs"
	"strings"

	"golang.org/x/text/language"
)

// patternFiles holds the hyph-utf8 pattern (.pat.txt) and exception
// (.hyp.txt) files, gzip-compressed but otherwise unchanged. Only the set a
// book asks for is decompressed and parsed, when New is called.
//
//go:embed patterns/*.txt.gz
var patternFiles embed.FS

// patternSet describes one pattern set shipped under patterns/.
type patternSet struct {
	tag         string // hyph-utf8 tag: the files are hyph-<tag>.pat.txt and hyph-<tag>.hyp.txt
	pat         string // tag of the .pat.txt file when another set's is the same file ("" for tag)
	left, right int    // typesetting (else generation) hyphenmins from the header of hyph-<tag>.tex
}

// sets lists the shipped pattern sets, in hyph-utf8's alphabetical order.
var sets = []patternSet{
	{tag: "af", left: 1, right: 2},
	{tag: "as", left: 1, right: 1},
	{tag: "be", left: 2, right: 2},
	{tag: "bg", left: 2, right: 2},
	{tag: "bn", left: 1, right: 1},
	{tag: "ca", left: 2, right: 2},
	{tag: "cop", left: 1, right: 1},
	{tag: "cu", left: 1, right: 2},
	{tag: "cy", left: 2, right: 3},
	{tag: "da", left: 2, right: 2},
	{tag: "de-1901", left: 2, right: 2},
	{tag: "de-1996", left: 2, right: 2},
	{tag: "de-ch-1901", left: 2, right: 2},
	{tag: "el-monoton", left: 1, right: 1},
	{tag: "el-polyton", left: 1, right: 1},
	{tag: "en-gb", left: 2, right: 3},
	{tag: "en-us", left: 2, right: 3},
	{tag: "eo", left: 2, right: 2},
	{tag: "es", left: 2, right: 2},
	{tag: "et", left: 2, right: 3},
	{tag: "eu", left: 2, right: 2},
	{tag: "fi", left: 2, right: 2},
	{tag: "fi-x-school", left: 1, right: 1},
	{tag: "fr", left: 2, right: 2},
	{tag: "fur", left: 2, right: 2},
	{tag: "ga", left: 2, right: 3},
	{tag: "gl", left: 2, right: 2},
	{tag: "grc", left: 1, right: 1},
	{tag: "gu", left: 1, right: 1},
	{tag: "hi", left: 1, right: 1},
	{tag: "hr", left: 2, right: 2},
	{tag: "hsb", left: 2, right: 2},
	{tag: "hu", left: 2, right: 2},
	{tag: "ia", left: 2, right: 2},
	{tag: "is", left: 2, right: 2},
	{tag: "it", left: 2, right: 2},
	{tag: "ka", left: 1, right: 2},
	{tag: "kk", left: 2, right: 2},
	{tag: "kmr", left: 2, right: 2},
	{tag: "kn", left: 1, right: 1},
	{tag: "la", left: 2, right: 2},
	{tag: "la-x-classic", left: 2, right: 2},
	{tag: "la-x-liturgic", left: 2, right: 2},
	{tag: "lt", left: 2, right: 2},
	{tag: "ml", left: 1, right: 1},
	{tag: "mn-cyrl", left: 2, right: 2},
	{tag: "mr", left: 1, right: 1},
	{tag: "nb", left: 2, right: 2},
	{tag: "nl", left: 2, right: 2},
	{tag: "nn", pat: "nb", left: 2, right: 2},
	{tag: "oc", left: 2, right: 2},
	{tag: "or", left: 1, right: 1},
	{tag: "pa", left: 1, right: 1},
	{tag: "pi", left: 1, right: 2},
	{tag: "pl", left: 2, right: 2},
	{tag: "pms", left: 2, right: 2},
	{tag: "pt", left: 2, right: 3},
	{tag: "rm", left: 2, right: 2},
	{tag: "ru", left: 2, right: 2},
	{tag: "sh-cyrl", left: 2, right: 2},
	{tag: "sh-latn", left: 2, right: 2},
	{tag: "sk", left: 2, right: 3},
	{tag: "sl", left: 2, right: 2},
	{tag: "sq", left: 2, right: 2},
	{tag: "sv", left: 2, right: 2},
	{tag: "ta", left: 1, right: 1},
	{tag: "te", left: 1, right: 1},
	{tag: "th", left: 2, right: 3},
	{tag: "tk", left: 2, right: 2},
	{tag: "tr", left: 2, right: 2},
	{tag: "uk", left: 2, right: 2},
	{tag: "zh-latn-pinyin", left: 1, right: 2},
}

// aliases maps lookup keys (lower-case BCP 47 fragments, see lookupKeys)
// that are not themselves a set's tag to the set that serves them.
var aliases = map[string]string{
	"en":       "en-us",
	"en-au":    "en-gb", // Commonwealth varieties follow British spelling
	"en-nz":    "en-gb",
	"en-ie":    "en-gb",
	"en-za":    "en-gb",
	"en-in":    "en-gb",
	"de":       "de-1996", // the reformed spelling, in Switzerland too
	"de-ch":    "de-1996",
	"el":       "el-monoton",
	"fi-x-std": "fi",
	"ku":       "kmr",     // Kurdish in Latin script is Kurmanji
	"mn-cyrl":  "mn-cyrl", // bare mn guesses Cyrillic, Mongolian script has no patterns
	"no":       "nb",
	"sr-cyrl":  "sh-cyrl", // hyph-sr-cyrl is GPL-only; hyph-sh-cyrl covers Serbian too
	"sr-latn":  "sh-latn",
	"bs-latn":  "sh-latn",
	"bs-cyrl":  "sh-cyrl",
	"sh-latn":  "sh-latn",
	"sh-cyrl":  "sh-cyrl",
	"zh-latn":  "zh-latn-pinyin",
}

// setByTag returns the shipped set with the given hyph-utf8 tag.
func setByTag(tag string) (patternSet, bool) {
	for _, s := range sets {
		if s.tag == tag {
			return s, true
		}
	}
	return patternSet{}, false
}

// Tags lists the hyph-utf8 tags of the pattern sets Quire ships, for
// documentation and tests.
func Tags() []string {
	tags := make([]string, len(sets))
	for i, s := range sets {
		tags[i] = s.tag
	}
	return tags
}

// lookupKeys returns the keys to try for a BCP 47 tag, most specific first:
// language-script-variant, language-region-variant and language-variant for
// each variant, language-x-private, language-region, language-script and
// the bare language. The script is the tag's, else the one the language is
// most likely written in (sr is Cyrillic, sr-ME Latin). explicit is the
// script the tag names, if it names one; a set found under a key without a
// script is only used when that script is its language's usual one. Tags
// that do not parse give no keys.
func lookupKeys(tag string) (keys []string, explicit string) {
	tag = strings.TrimSpace(strings.ReplaceAll(tag, "_", "-"))
	t, err := language.Parse(tag)
	if err != nil {
		return nil, ""
	}
	base, conf := t.Base()
	if conf == language.No || base.String() == "und" {
		return nil, ""
	}
	lang := base.String()
	script, sconf := t.Script()
	scr := strings.ToLower(script.String())
	if sconf == language.Exact {
		explicit = scr
	}
	region, rconf := t.Region()
	reg := ""
	if rconf == language.Exact {
		reg = strings.ToLower(region.String())
	}
	for _, v := range t.Variants() {
		vs := strings.ToLower(v.String())
		keys = append(keys, lang+"-"+scr+"-"+vs)
		if reg != "" {
			keys = append(keys, lang+"-"+reg+"-"+vs)
		}
		keys = append(keys, lang+"-"+vs)
	}
	if ext, ok := t.Extension('x'); ok {
		keys = append(keys, lang+"-"+strings.ToLower(ext.String()))
	}
	if reg != "" {
		keys = append(keys, lang+"-"+reg)
	}
	return append(keys, lang+"-"+scr, lang), explicit
}

// choose returns the set for a BCP 47 tag (see New).
func choose(tag string) (patternSet, bool) {
	keys, explicit := lookupKeys(tag)
	for _, key := range keys {
		name, ok := aliases[key]
		if !ok {
			name = key
		}
		set, ok := setByTag(name)
		if !ok {
			continue
		}
		if key == keys[len(keys)-1] && explicit != "" && explicit != usualScript(key) {
			continue // "pa-Arab" is not the Gurmukhi of hyph-pa
		}
		return set, true
	}
	return patternSet{}, false
}

// usualScript returns the lower-case script a language is most likely
// written in, as far as its patterns go.
func usualScript(lang string) string {
	switch lang {
	case "grc": // x/text guesses Cypriot syllabary
		return "grek"
	case "pi": // the patterns are for Pali in Latin transliteration
		return "latn"
	}
	s, _ := language.Make(lang).Script()
	return strings.ToLower(s.String())
}

// Has reports whether Quire ships patterns for a BCP 47 language tag, that
// is, whether New would succeed. It reads no pattern file.
func Has(language string) bool {
	_, ok := choose(language)
	return ok
}

// New returns the hyphenator for a BCP 47 language tag ("en", "en-US",
// "en-GB", "de-CH", "sr-Latn", ...), choosing the closest pattern set
// shipped: by variant (de-1901, el-polyton), private use (la-x-classic),
// region (en-GB), script (sr-Latn; a bare sr is Cyrillic), then the bare
// language ("en" is en-US, "de" the reformed German orthography de-1996, "el"
// monotonic Greek). ok is false when Quire ships no patterns for that
// language. Only the chosen set is decompressed and parsed.
func New(language string) (h *Hyphenator, ok bool) {
	set, ok := choose(language)
	if !ok {
		return nil, false
	}
	h, err := load(set)
	if err != nil {
		// The embedded files are fixed at build time and covered by tests.
		panic("hyphen: " + err.Error())
	}
	return h, true
}

// load decompresses and parses the embedded files of one pattern set.
func load(set patternSet) (*Hyphenator, error) {
	pt := set.pat
	if pt == "" {
		pt = set.tag
	}
	pat, err := readGzip("patterns/hyph-" + pt + ".pat.txt.gz")
	if err != nil {
		return nil, err
	}
	hyp, err := readGzip("patterns/hyph-" + set.tag + ".hyp.txt.gz")
	if errors.Is(err, fs.ErrNotExist) {
		hyp, err = nil, nil // most sets have no exception list
	}
	if err != nil {
		return nil, err
	}
	return build(set, string(pat), string(hyp))
}

// readGzip returns the decompressed content of an embedded .gz file.
func readGzip(name string) ([]byte, error) {
	data, err := patternFiles.ReadFile(name)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// Unneeded reports whether text in a language is set without hyphens
// whether or not there are patterns: Chinese, Japanese and Korean, whose
// lines break between characters.
func Unneeded(language string) bool {
	keys, _ := lookupKeys(language)
	if len(keys) == 0 {
		return false
	}
	switch keys[len(keys)-1] {
	case "zh", "ja", "ko", "yue":
		return true
	}
	return false
}
