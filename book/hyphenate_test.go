package book

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestHyphenateKey checks book.yaml's hyphenate key and the one warning for
// a language without hyphenation patterns.
func TestHyphenateKey(t *testing.T) {
	tests := []struct {
		yaml    string // after title and authors
		off     bool
		warning string // "" for no diagnostic
	}{
		{"language: ru\n", false, ""},
		{"language: cs\n", false, `book.yaml:3:1: warning: no hyphenation patterns for language "cs": the PDF is set without hyphenation`},
		{"language: cs\nhyphenate: false\n", true, ""},
		{"hyphenate: false\nlanguage: ro\n", true, ""},
		{"language: ja\n", false, ""}, // CJK lines break between characters
		{"language: en\nhyphenate: true\n", false, ""},
		{"language: en\nhyphenate: maybe\n", false, `book.yaml:4:12: error: hyphenate must be true or false, not "maybe"`},
	}
	for _, tt := range tests {
		b, ds := Load(fstest.MapFS{
			"book.yaml": {Data: []byte("title: T\nauthors: [A]\n" + tt.yaml + "chapters: [a.md]\n")},
			"a.md":      {Data: []byte("# A\n\nText.\n")},
		})
		got := ""
		if len(ds) > 0 {
			got = ds.Error()
		}
		if tt.warning == "" && got != "" || tt.warning != "" && (len(ds) != 1 || !strings.HasPrefix(got, tt.warning)) {
			t.Errorf("%q: diagnostics %q, want %q", tt.yaml, got, tt.warning)
		}
		if b != nil && b.Meta.NoHyphenation != tt.off {
			t.Errorf("%q: NoHyphenation = %v", tt.yaml, b.Meta.NoHyphenation)
		}
	}
}
