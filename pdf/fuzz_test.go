package pdf

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/corpus/spec"
)

// FuzzLayout runs Markdown through the loader and Layout. Oracles: Layout
// never panics (a panic inside it is a crash here, not an error) and, for
// a book that loaded without errors, returns a Document or an error naming
// what was being set; a Document's bytes start with %PDF- and end with
// %%EOF.
func FuzzLayout(f *testing.F) {
	for _, md := range spec.MarkdownFiles("testdata/features/*.md", "../content/*.md") {
		f.Add(md)
	}
	for _, md := range spec.Seeds(40) {
		f.Add(md)
	}
	f.Add("# T\n\n" + strings.Repeat("abcdefghij", 200) + "\n\n> > - *a **b** c*\n")
	f.Fuzz(func(t *testing.T, md string) {
		src := "---\ntitle: Fuzz\nauthors: [A]\nlanguage: en\n---\n\n" + md
		b, ds := book.LoadFile(fstest.MapFS{"book.md": {Data: []byte(src)}}, "book.md")
		if b == nil || ds.HasErrors() {
			return
		}
		d, err := Layout(b, Options{})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "pdf: ") {
				t.Fatalf("error without the package's prefix: %v", err)
			}
			return
		}
		var out bytes.Buffer
		if _, err := d.WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		data := out.Bytes()
		if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimRight(data, "\r\n"), []byte("%%EOF")) {
			t.Fatalf("not a PDF frame: %q … %q", data[:min(len(data), 8)], data[max(0, len(data)-8):])
		}
	})
}
