package book

import (
	"strings"
	"testing"
)

func TestSlugify(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii", "Hello World", "hello-world"},
		{"accented letters stay", "Café au lait", "café-au-lait"},
		{"curly apostrophe vanishes", "China’s Diplomacy", "chinas-diplomacy"},
		{"straight apostrophe vanishes", "Don't Panic", "dont-panic"},
		{"punctuation runs become one hyphen", "1. Strengthening -- the fight!", "1-strengthening-the-fight"},
		{"non-Latin scripts kept", "Привет мир", "привет-мир"},
		{"CJK kept", "中国 外交", "中国-外交"},
		{"leading and trailing junk trimmed", "  ***Intro*** ", "intro"},
		{"underscore kept", "snake_case name", "snake_case-name"},
		{"nothing left", "!!!", ""},
		{"digits", "COVID-19", "covid-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Slugify(tt.in); got != tt.want {
				t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAnchorsAreUnique(t *testing.T) {
	a := newAnchors()
	got := []string{a.generate("Summary", "x"), a.generate("Summary", "x"), a.generate("summary", "x"), a.generate("???", "section"), a.generate("", "section")}
	want := []string{"summary", "summary-1", "summary-2", "section", "section-1"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("generate #%d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestFileID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"one", "one"},
		{"01-intro", "ch-01-intro"},
		{"my chapter", "my-chapter"},
		{"café", "café"},
		{"cafe\u0301", "café"}, // NFD from the file system: one name
		{"中文", "中文"},
		{"ünïcode", "ünïcode"},
		{"κεφάλαιο", "κεφάλαιο"},
		{"अध्याय", "अध्याय"},
		{"चाँद", "चाँद"}, // the candrabindu stays
	}
	for _, tt := range tests {
		if got := fileID(tt.in); got != tt.want {
			t.Errorf("fileID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLineCol(t *testing.T) {
	src := []byte("ab\ncé\n\nx")
	starts := lineStarts(src)
	tests := []struct {
		off, line, col int
	}{
		{0, 1, 1}, {1, 1, 2}, {3, 2, 1}, {6, 2, 3}, {7, 3, 1}, {8, 4, 1}, {100, 4, 2},
	}
	for _, tt := range tests {
		l, c := lineCol(starts, src, tt.off)
		if l != tt.line || c != tt.col {
			t.Errorf("lineCol(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
	}
}

func TestTitleSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"China’s Diplomacy", "chinas-diplomacy"},
		{"Βιβλίο", "βιβλίο"},
		{"चाँद की रात", "चाँद-की-रात"},
		{"Café", "café"},
		{"!!!", "book"},
		{strings.Repeat("é", 60), strings.Repeat("é", 40)}, // 80 bytes, cut at a character
	}
	for _, tt := range tests {
		if got := titleSlug(tt.in); got != tt.want {
			t.Errorf("titleSlug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
