package book

import (
	"fmt"
	"testing"
)

// TestHeadingRanks checks the outline ranks: never more than one deeper
// than the heading before, the chapter's title rank 1, levels kept where
// they do not skip.
func TestHeadingRanks(t *testing.T) {
	tests := []struct{ md, want string }{
		{"# T\n\n## A\n\n### B\n", "[1 2 3]"},
		{"# T\n\n#### A\n\n#### B\n\n## C\n", "[1 2 2 2]"},
		{"# T\n\n### A\n\n#### B\n\n###### C\n\n## D\n", "[1 2 3 4 2]"},
		{"#### Only deep headings\n\n###### Deeper\n", "[2 3]"}, // the title comes from the file name
	}
	for _, tt := range tests {
		b, _ := loadMap(t, map[string]string{
			"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nchapters: [one.md]\n",
			"one.md":    tt.md,
		})
		var got []int
		ch := b.Chapters[0]
		for _, h := range ch.Headings {
			got = append(got, h.Rank)
			if ch.Rank(h.Node) != h.Rank {
				t.Errorf("Rank(%q) = %d, Heading.Rank %d", h.Text, ch.Rank(h.Node), h.Rank)
			}
		}
		if fmt.Sprint(got) != tt.want {
			t.Errorf("%q: ranks %v, want %s", tt.md, got, tt.want)
		}
	}
}

func TestNamedAsTitle(t *testing.T) {
	for name, want := range map[string]bool{
		"Advanced Types": true, "Getting-Started": true, "Installation": true, "TypeScript 2.0": true,
		"ch01": false, "intro": false, "README": false, "chapter_one": false, "JSX": false,
	} {
		if got := namedAsTitle(name); got != want {
			t.Errorf("namedAsTitle(%q) = %v, want %v", name, got, want)
		}
	}
}
