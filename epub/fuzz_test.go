package epub

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/corpus/spec"
)

// FuzzWrite runs Markdown through the loader and Write. Oracles: Write does
// not panic or fail for a book that loaded, every XHTML entry is
// well-formed XML, and with a page list every page has one marker.
func FuzzWrite(f *testing.F) {
	for _, md := range spec.MarkdownFiles("testdata/features/*.md", "../content/*.md") {
		f.Add(md)
	}
	for _, md := range spec.Seeds(40) {
		f.Add(md)
	}
	// The dialect, without its images (the fuzzed book has none).
	f.Add(regexp.MustCompile(`(?m)^!\[.*$`).ReplaceAllString(dialectChapter, ""))
	f.Add("> [!NOTE]\n> n\n\n::: {.sidebar}\n| a\n|   b\n:::\n\n| x |\n|---|\n| 1 |\n\nTable: c\n\n[s]{.mark} H~2~O r^2^\n\n\\newpage\n")
	f.Add("# T\n\n<div>x</div>\n\n| a |\n|---|\n| `b` |\n\n- [x] y\n\nt[^1]\n\n[^1]: n\n")
	f.Fuzz(func(t *testing.T, md string) {
		src := "---\ntitle: Fuzz\nauthors: [A]\nlanguage: en\n---\n\n" + md
		b, ds := book.LoadFile(fstest.MapFS{"book.md": {Data: []byte(src)}}, "book.md")
		if b == nil || ds.HasErrors() {
			return
		}
		// Without and with a page list (a page every two words): every
		// page gets exactly one marker.
		for _, pl := range []*PageList{nil, synthPageList(b, 2)} {
			es, err := build(b, Options{Modified: testDate, PageList: pl})
			if err != nil {
				if strings.Contains(err.Error(), "two ") {
					return // a name clash the loader let through: reported, not written
				}
				t.Fatal(err)
			}
			markers := 0
			for _, e := range es {
				if strings.HasSuffix(e.Name, ".xhtml") || strings.HasSuffix(e.Name, ".opf") || strings.HasSuffix(e.Name, ".ncx") {
					if err := wellFormed(bytes.NewReader(e.Data)); err != nil {
						t.Fatalf("%s: %v\n%s", e.Name, err, e.Data)
					}
				}
				if strings.HasSuffix(e.Name, ".xhtml") {
					markers += strings.Count(string(e.Data), `epub:type="pagebreak"`)
				}
			}
			if pl != nil && markers != len(pl.Breaks) {
				t.Fatalf("%d page markers for %d pages", markers, len(pl.Breaks))
			}
		}
	})
}
