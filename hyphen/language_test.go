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
		{"de-CH", "de-1996"},
		{"de-1996", "de-1996"},
		{"de-CH-1996", "de-1996"},
		{"de-1901", "de-1996"}, // traditional spelling not shipped: the closest set
		{"fr", "fr"},
		{"fr-CA", "fr"},
		{"es", "es"},
		{"es-419", "es"},
		{"it-IT", "it"},
		{"pt", "pt"},
		{"pt-BR", "pt"},
		{" en-us ", "en-us"},
		{"nl", ""},
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
	minimums := map[string][2]int{ // from the hyphenmins: typesetting: entries of hyph-<tag>.tex
		"en-us": {2, 3}, "en-gb": {2, 3}, "de-1996": {2, 2}, "fr": {2, 2},
		"es": {2, 2}, "it": {2, 2}, "pt": {2, 3},
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
	files, err := filepath.Glob(filepath.Join("patterns", "hyph-*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		found := false
		for _, tag := range Tags() {
			base := filepath.Base(f)
			if base == "hyph-"+tag+".pat.txt" || base == "hyph-"+tag+".hyp.txt" {
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
