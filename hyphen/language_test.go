package hyphen

import (
	"os"
	"path/filepath"
	"testing"
)

func TestNewChoosesPatterns(t *testing.T) {
	tests := []struct {
		tag, want string // want "" when Quire ships nothing
	}{
		{"en", "en-us"},
		{"en-US", "en-us"},
		{"EN_us", "en-us"},
		{"en-Latn-US", "en-us"},
		{"en-CA", "en-us"}, // an unknown region: the base language
		{"en-GB", "en-gb"},
		{"en-gb-oxendict", "en-gb"},
		{"en-AU", "en-gb"},
		{"en-NZ", "en-gb"},
		{"en-x-private", "en-us"},
		{"de", "de-1996"},
		{"de-DE", "de-1996"},
		{"de-AT", "de-1996"},
		{"de-CH", "de-1996"}, // Swiss spelling today is the reformed one
		{"de-CH-1901", "de-ch-1901"},
		{"de-1996", "de-1996"},
		{"de-CH-1996", "de-1996"},
		{"de-1901", "de-1901"},
		{"el", "el-monoton"},
		{"el-GR", "el-monoton"},
		{"el-polyton", "el-polyton"},
		{"grc", "grc"},
		{"grc-Grek", "grc"},
		{"ru", "ru"},
		{"ru-RU", "ru"},
		{"uk", "uk"},
		{"be", "be"},
		{"bg", "bg"},
		{"sr", "sh-cyrl"}, // Serbian is Cyrillic unless it says otherwise
		{"sr-Cyrl", "sh-cyrl"},
		{"sr-Latn", "sh-latn"},
		{"sr-ME", "sh-latn"}, // Montenegrin Serbian is usually Latin
		{"sh", "sh-latn"},
		{"bs", "sh-latn"},
		{"hr", "hr"},
		{"sl", "sl"},
		{"sk", "sk"},
		{"pl", "pl"},
		{"hu", "hu"},
		{"tr", "tr"},
		{"nl", "nl"},
		{"nl-BE", "nl"},
		{"af", "af"},
		{"sv", "sv"},
		{"sv-FI", "sv"},
		{"da", "da"},
		{"no", "nb"},
		{"nb", "nb"},
		{"nn", "nn"},
		{"is", "is"},
		{"fi", "fi"},
		{"fi-x-school", "fi-x-school"},
		{"et", "et"},
		{"lt", "lt"},
		{"la", "la"},
		{"la-x-classic", "la-x-classic"},
		{"la-x-liturgic", "la-x-liturgic"},
		{"cy", "cy"},
		{"ga", "ga"},
		{"eu", "eu"},
		{"ca", "ca"},
		{"gl", "gl"},
		{"oc", "oc"},
		{"eo", "eo"},
		{"ia", "ia"},
		{"ku", "kmr"},
		{"kmr", "kmr"},
		{"hi", "hi"},
		{"bn", "bn"},
		{"ta", "ta"},
		{"te", "te"},
		{"kn", "kn"},
		{"ml", "ml"},
		{"mr", "mr"},
		{"pa", "pa"},
		{"pa-Arab", ""}, // Shahmukhi: the patterns are Gurmukhi
		{"gu", "gu"},
		{"or", "or"},
		{"as", "as"},
		{"th", "th"},
		{"mn", "mn-cyrl"},
		{"mn-Mong", ""},
		{"ka", "ka"},
		{"cop", "cop"},
		{"cu", "cu"},
		{"chu", "cu"},
		{"kk", "kk"},
		{"tk", "tk"},
		{"sq", "sq"},
		{"rm", "rm"},
		{"fur", "fur"},
		{"pms", "pms"},
		{"hsb", "hsb"},
		{"pi", "pi"},
		{"zh-Latn-pinyin", "zh-latn-pinyin"},
		{"zh", ""},
		{"cs", ""}, // GPL-only patterns, not shipped (patterns/README.md)
		{"lv", ""},
		{"ro", ""},
		{"hy", ""},
		{"mk", ""},
		{"id", ""},
		{"am", ""},
		{"sa", ""},
		{"fr", "fr"},
		{"fr-CA", "fr"},
		{"es", "es"},
		{"es-419", "es"},
		{"it-IT", "it"},
		{"pt", "pt"},
		{"pt-BR", "pt"},
		{" en-us ", "en-us"},
		{"ja", ""},
		{"zh-Hans-CN", ""},
		{"", ""},
		{"-", ""},
		{"x-klingon", ""},
		{"e", ""},
	}
	for _, tt := range tests {
		h, ok := New(tt.tag)
		switch {
		case tt.want == "" && (ok || h != nil):
			t.Errorf("New(%q) = %v, %v; want nothing", tt.tag, h != nil, ok)
		case tt.want != "" && !ok:
			t.Errorf("New(%q): nothing, want %s", tt.tag, tt.want)
		case tt.want != "" && h.Tag() != tt.want:
			t.Errorf("New(%q) chose %s, want %s", tt.tag, h.Tag(), tt.want)
		}
	}
}

// TestPatternFiles checks that every shipped set loads, has its licence file
// next to it and the minimums of its .tex header, and that no pattern file
// lies around unused.
func TestPatternFiles(t *testing.T) {
	// From the hyphenmins: typesetting: entries of hyph-<tag>.tex, else the
	// generation: ones, as hyph-utf8's own loaders do.
	minimums := map[string][2]int{
		"af": {1, 2}, "as": {1, 1}, "be": {2, 2}, "bg": {2, 2}, "bn": {1, 1}, "ca": {2, 2},
		"cop": {1, 1}, "cu": {1, 2}, "cy": {2, 3}, "da": {2, 2}, "de-1901": {2, 2},
		"de-1996": {2, 2}, "de-ch-1901": {2, 2}, "el-monoton": {1, 1}, "el-polyton": {1, 1},
		"en-gb": {2, 3}, "en-us": {2, 3}, "eo": {2, 2}, "es": {2, 2}, "et": {2, 3}, "eu": {2, 2},
		"fi": {2, 2}, "fi-x-school": {1, 1}, "fr": {2, 2}, "fur": {2, 2}, "ga": {2, 3}, "gl": {2, 2},
		"grc": {1, 1}, "gu": {1, 1}, "hi": {1, 1}, "hr": {2, 2}, "hsb": {2, 2}, "hu": {2, 2},
		"ia": {2, 2}, "is": {2, 2}, "it": {2, 2}, "ka": {1, 2}, "kk": {2, 2}, "kmr": {2, 2},
		"kn": {1, 1}, "la": {2, 2}, "la-x-classic": {2, 2}, "la-x-liturgic": {2, 2}, "lt": {2, 2},
		"ml": {1, 1}, "mn-cyrl": {2, 2}, "mr": {1, 1}, "nb": {2, 2}, "nl": {2, 2}, "nn": {2, 2},
		"oc": {2, 2}, "or": {1, 1}, "pa": {1, 1}, "pi": {1, 2}, "pl": {2, 2}, "pms": {2, 2},
		"pt": {2, 3}, "rm": {2, 2}, "ru": {2, 2}, "sh-cyrl": {2, 2}, "sh-latn": {2, 2},
		"sk": {2, 3}, "sl": {2, 2}, "sq": {2, 2}, "sv": {2, 2}, "ta": {1, 1}, "te": {1, 1},
		"th": {2, 3}, "tk": {2, 2}, "tr": {2, 2}, "uk": {2, 2}, "zh-latn-pinyin": {1, 2},
	}
	for _, tag := range Tags() {
		h := mustNew(t, tag)
		if h.Tag() != tag {
			t.Errorf("New(%q).Tag() = %q", tag, h.Tag())
		}
		l, r := h.Minimums()
		if [2]int{l, r} != minimums[tag] {
			t.Errorf("%s: minimums %d, %d; want %v", tag, l, r, minimums[tag])
		}
		if _, err := os.Stat(filepath.Join("patterns", "LICENSE-"+tag+".txt")); err != nil {
			t.Errorf("%s: no licence file: %v", tag, err)
		}
	}
	if len(minimums) != len(Tags()) {
		t.Errorf("Tags() = %v, the test knows %d sets", Tags(), len(minimums))
	}
	files, err := filepath.Glob(filepath.Join("patterns", "hyph-*.txt.gz"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		found := false
		for _, tag := range Tags() {
			base := filepath.Base(f)
			if base == "hyph-"+tag+".pat.txt.gz" || base == "hyph-"+tag+".hyp.txt.gz" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s is embedded but belongs to no shipped set", f)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	set := patternSet{tag: "xx", left: 2, right: 2}
	for name, c := range map[string][2]string{
		"duplicate pattern":  {"a1b\n%comment\na1b\n", ""},
		"digits only":        {"1a\n12\n", ""},
		"exception hyphen":   {"a1b\n", "-abc\n"},
		"exception trailing": {"a1b\n", "abc-\n"},
	} {
		if _, err := build(set, c[0], c[1]); err == nil {
			t.Errorf("%s: build accepted %q / %q", name, c[0], c[1])
		}
	}
	h, err := build(set, "% a comment\n.ab1c  x2y\n\n", "% none\nab-cd\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := h.Hyphenate("abcx", "-"); got != "ab-cx" {
		t.Errorf("tiny patterns: Hyphenate(abcx) = %q, want ab-cx", got)
	}
	if got := h.Hyphenate("abcd", "-"); got != "ab-cd" {
		t.Errorf("tiny exception: Hyphenate(abcd) = %q, want ab-cd", got)
	}
}

func TestHasAndUnneeded(t *testing.T) {
	tests := []struct {
		tag           string
		has, unneeded bool
	}{
		{"ru", true, false}, {"el-polyton", true, false}, {"cs", false, false},
		{"ja", false, true}, {"zh-Hant", false, true}, {"ko-KR", false, true}, {"e", false, false},
	}
	for _, tt := range tests {
		if got := Has(tt.tag); got != tt.has {
			t.Errorf("Has(%q) = %v", tt.tag, got)
		}
		if got := Unneeded(tt.tag); got != tt.unneeded {
			t.Errorf("Unneeded(%q) = %v", tt.tag, got)
		}
	}
}
