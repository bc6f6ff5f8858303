package book

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestSplitFrontMatter checks which opening "---" blocks are front matter.
func TestSplitFrontMatter(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		has      bool
		unclosed bool
		lines    int
		body     string
	}{
		{"mapping", "---\ntitle: A\n---\n# H\n", true, false, 3, "# H\n"},
		{"closed by dots", "---\ntitle: A\n...\n# H\n", true, false, 3, "# H\n"},
		{"empty", "---\n---\nText\n", true, false, 2, "Text\n"},
		{"CommonMark example 96", "---\nFoo\n---\nBar\n---\nBaz\n", false, false, 0, "---\nFoo\n---\nBar\n---\nBaz\n"},
		{"thematic break then blank", "---\n\ntitle: A\n---\n", false, false, 0, "---\n\ntitle: A\n---\n"},
		{"a list", "---\n- a\n- b\n---\nT\n", false, false, 0, "---\n- a\n- b\n---\nT\n"},
		{"a heading between rules", "---\n# Title\n---\nT\n", false, false, 0, "---\n# Title\n---\nT\n"},
		{"malformed mapping", "---\ntitle: [x\n---\nT\n", true, false, 3, "T\n"},
		{"never closed, YAML", "---\ntitle: A\n\nText\n", false, true, 0, "---\ntitle: A\n\nText\n"},
		{"never closed, text", "---\nJust a rule\n", false, false, 0, "---\nJust a rule\n"},
		{"no opening", "# H\n---\n", false, false, 0, "# H\n---\n"},
		{"rule with text after", "--- x\ntitle: A\n---\n", false, false, 0, "--- x\ntitle: A\n---\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm := splitFrontMatter([]byte(tt.src))
			if fm.has != tt.has || fm.unclosed != tt.unclosed || fm.lines != tt.lines || string(fm.body) != tt.body {
				t.Errorf("has=%v unclosed=%v lines=%d body=%q, want has=%v unclosed=%v lines=%d body=%q",
					fm.has, fm.unclosed, fm.lines, fm.body, tt.has, tt.unclosed, tt.lines, tt.body)
			}
		})
	}
}

// TestChapterFrontMatterDiagnostics loads chapters with and without front
// matter and checks what is reported, and where.
func TestChapterFrontMatterDiagnostics(t *testing.T) {
	tests := []struct {
		name    string
		chapter string
		title   string
		want    []string // the diagnostics, as "line:col: severity: message" prefixes
	}{
		{"example 96 is Markdown", "---\nFoo\n---\nBar\n---\nBaz\n", "c",
			[]string{"c.md:1:1: warning: chapter has no level-1 heading"}},
		{"front matter title", "---\ntitle: T\n---\n# H\n\n[x](#nowhere)\n", "T",
			[]string{"c.md:6:1: warning: link to \"#nowhere\""}},
		{"Markdown keeps its lines", "---\nFoo\n===\n\n[x](#nowhere)\n", "Foo",
			[]string{"c.md:5:1: warning: link to \"#nowhere\""}},
		{"unclosed YAML warns", "---\ntitle: T\n\n# H\n\n[x](#nowhere)\n", "H", []string{
			"c.md:1:1: warning: front matter opened with --- is never closed",
			"c.md:6:1: warning: link to \"#nowhere\""}},
		{"unclosed rule is quiet", "---\n# H\n", "H", nil},
		{"malformed YAML is reported", "---\ntitle: [x\n---\n# H\n", "H", []string{"c.md:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"book.yaml": {Data: []byte("title: B\nauthors: [A]\nlanguage: en\nchapters: [c.md]\n")},
				"c.md":      {Data: []byte(tt.chapter)},
			}
			b, diags := Load(fsys)
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			if len(got) != len(tt.want) {
				t.Fatalf("diagnostics %q, want %d: %q", got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("diagnostic %q, want it to start %q", got[i], w)
				}
			}
			if len(b.Chapters) == 1 && b.Chapters[0].Title != tt.title {
				t.Errorf("title %q, want %q", b.Chapters[0].Title, tt.title)
			}
		})
	}
}
