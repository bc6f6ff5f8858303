package book

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestContainerPrefix(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       int
	}{
		{"text", "text", 0},
		{"quotes", ">>> x", 4},
		{"bullets", "- - * + x", 8},
		{"ordered", "1. 22) x", 7},
		{"emphasis is not a marker", "**x**", 0},
		{"thematic break counts", "* * *", 4},
		{"tab", "\t- x", 6},
		{"digits without a dot", "2024 was", 0},
		{"ten digits are not a marker", "1234567890. x", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := containerPrefix([]byte(tc.line)); got != tc.want {
				t.Errorf("containerPrefix(%q) = %d, want %d", tc.line, got, tc.want)
			}
		})
	}
}

// TestTooDeep: source nested past maxContainerPrefix is an error naming
// its first line, found fast; source just within the limit parses.
func TestTooDeep(t *testing.T) {
	nested := func(n int) string {
		var sb strings.Builder
		for i := 0; i < n; i++ {
			sb.WriteString(strings.Repeat("  ", i) + "- item\n")
		}
		return sb.String()
	}
	for _, tc := range []struct {
		name, md string
		line     int // 0: loads without error
	}{
		{"lists within the limit", nested(maxContainerPrefix/2 - 1), 0},
		{"nested lists", nested(1000), maxContainerPrefix/2 + 1 + 5}, // item 256 (0-based) after 5 lines of front matter
		{"markers on one line", "text\n\n" + strings.Repeat("- ", 100_000) + "x\n", 8},
		{"block quotes", strings.Repeat(">", 200_000) + " x\n", 6},
		{"indented text", strings.Repeat(" ", 600) + "x\n", 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\ntitle: T\nauthors: [A]\nlanguage: en\n---\n" + tc.md
			start := time.Now()
			_, ds := LoadFile(fstest.MapFS{"book.md": {Data: []byte(src)}}, "book.md")
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("loading took %v", d)
			}
			if tc.line == 0 {
				if ds.HasErrors() {
					t.Fatalf("errors: %v", ds)
				}
				return
			}
			// Parsed without the error hook (as a folder's chapter may be),
			// the words are kept.
			body := []byte(tc.md)
			if got := PlainText(parseMarkdown(newMarkdown(""), body), body); !strings.Contains(got, "x") && !strings.Contains(got, "item") {
				t.Errorf("the text is lost: %.80q", got)
			}
			if len(ds) != 1 || ds[0].Pos.Line != tc.line || !strings.Contains(ds[0].Message, "nested blocks") {
				t.Fatalf("want one error at line %d, got %v", tc.line, ds)
			}
		})
	}
}
