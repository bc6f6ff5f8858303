package hyphen

import (
	"embed"
	"errors"
	"io/fs"
	"strings"
)

// patternFiles holds the hyph-utf8 pattern (.pat.txt) and exception
// (.hyp.txt) files, unchanged from TeX Live.
//
//go:embed patterns/*.txt
var patternFiles embed.FS

// patternSet describes one pattern set shipped under patterns/.
type patternSet struct {
	tag         string // hyph-utf8 tag: the files are hyph-<tag>.pat.txt and hyph-<tag>.hyp.txt
	left, right int    // typesetting hyphenmins from the header of hyph-<tag>.tex
}

// setFor maps a normalised (lower-case, '-'-separated) language key to the
// pattern set shipped for it.
func setFor(key string) (patternSet, bool) {
	switch key {
	case "en-us", "en":
		return patternSet{tag: "en-us", left: 2, right: 3}, true
	case "en-gb", "en-au", "en-nz", "en-ie", "en-za", "en-in":
		// Commonwealth varieties follow British spelling.
		return patternSet{tag: "en-gb", left: 2, right: 3}, true
	case "de-1996", "de":
		return patternSet{tag: "de-1996", left: 2, right: 2}, true
	case "fr":
		return patternSet{tag: "fr", left: 2, right: 2}, true
	case "es":
		return patternSet{tag: "es", left: 2, right: 2}, true
	case "it":
		return patternSet{tag: "it", left: 2, right: 2}, true
	case "pt":
		return patternSet{tag: "pt", left: 2, right: 3}, true
	}
	return patternSet{}, false
}

// Tags lists the hyph-utf8 tags of the pattern sets Quire ships, for
// documentation and tests.
func Tags() []string {
	return []string{"en-us", "en-gb", "de-1996", "fr", "es", "it", "pt"}
}

// lookupKeys returns the keys to try for a BCP 47 tag, most specific first:
// the whole tag, language-region, language-variant for each variant, and the
// bare language. Script and extension subtags are ignored.
func lookupKeys(tag string) []string {
	tag = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(tag, "_", "-")))
	if tag == "" {
		return nil
	}
	parts := strings.Split(tag, "-")
	lang := parts[0]
	var region string
	var variants []string
	for _, p := range parts[1:] {
		switch {
		case len(p) == 1: // extension or private use: the rest is not about the language
			goto done
		case len(p) == 4 && isAlpha(p): // script
		case (len(p) == 2 && isAlpha(p)) || (len(p) == 3 && isDigits(p)):
			if region == "" {
				region = p
			}
		default:
			variants = append(variants, p)
		}
	}
done:
	keys := []string{tag}
	if region != "" {
		keys = append(keys, lang+"-"+region)
	}
	for _, v := range variants {
		keys = append(keys, lang+"-"+v)
	}
	return append(keys, lang)
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// New returns the hyphenator for a BCP 47 language tag ("en", "en-US",
// "en-GB", "de-CH", ...), choosing the closest pattern set shipped: the whole
// tag, then its region, then its variants, then the bare language ("en" is
// en-US, "de" is the reformed German orthography de-1996). ok is false when
// Quire ships no patterns for that language.
func New(language string) (h *Hyphenator, ok bool) {
	for _, key := range lookupKeys(language) {
		if set, found := setFor(key); found {
			h, err := load(set)
			if err != nil {
				// The embedded files are fixed at build time and covered by tests.
				panic("hyphen: " + err.Error())
			}
			return h, true
		}
	}
	return nil, false
}

// load parses the embedded files of one pattern set.
func load(set patternSet) (*Hyphenator, error) {
	pat, err := patternFiles.ReadFile("patterns/hyph-" + set.tag + ".pat.txt")
	if err != nil {
		return nil, err
	}
	hyp, err := patternFiles.ReadFile("patterns/hyph-" + set.tag + ".hyp.txt")
	if errors.Is(err, fs.ErrNotExist) {
		hyp, err = nil, nil // most sets have no exception list
	}
	if err != nil {
		return nil, err
	}
	return build(set, string(pat), string(hyp))
}
