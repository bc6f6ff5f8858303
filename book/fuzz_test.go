package book

import (
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/internal/corpus/spec"
)

// FuzzLoad feeds arbitrary Markdown and book.yaml to Load: it must never
// panic, and a book that loads without errors has book-wide unique anchors
// and a TOC whose entries all point at known anchors.
func FuzzLoad(f *testing.F) {
	for _, data := range spec.MarkdownFiles("../content/*.md", "testdata/valid/*/*.md") {
		f.Add([]byte("title: T\nauthors: [A]\nlanguage: en\n"), []byte(data))
	}
	for _, md := range spec.Seeds(40) {
		f.Add([]byte("title: T\nauthors: [A]\nlanguage: en\n"), []byte(md))
	}
	// Books written for GitHub, mdBook and Pandoc: the dialect's syntax.
	for _, data := range spec.MarkdownFiles("../internal/realworld/testdata/*/*.md", "../internal/realworld/testdata/*/src/*/*.md") {
		f.Add([]byte("title: T\nauthors: [A]\nlanguage: en\n"), []byte(data))
	}
	f.Add([]byte("title: T\nauthors: [A]\nlanguage: en\n"), []byte("|\n 0")) // an empty line-block line, continued
	f.Add([]byte("title: [\n"), []byte("# x {#x}\n# x\n[^1]\n\n[^1]: y"))
	f.Fuzz(func(t *testing.T, manifest, chapter []byte) {
		fsys := fstest.MapFS{
			"book.yaml": {Data: manifest},
			"a.md":      {Data: chapter},
			"b.md":      {Data: []byte("# B\n\n[link](a.md#x)\n")},
		}
		b, diags := Load(fsys)
		if diags.HasErrors() {
			return
		}
		seen := map[string]bool{}
		for _, ch := range b.Chapters {
			for _, h := range ch.Headings {
				if seen[h.Anchor] {
					t.Fatalf("anchor %q used twice", h.Anchor)
				}
				seen[h.Anchor] = true
			}
			if ch.Anchor == "" {
				t.Fatalf("chapter %s has no anchor", ch.File)
			}
		}
		for _, e := range b.TOCFlat() {
			if e.Anchor == "" || e.Title == "" && e.Kind != TOCHeading {
				t.Fatalf("TOC entry without anchor or title: %+v", e)
			}
		}
	})
}
