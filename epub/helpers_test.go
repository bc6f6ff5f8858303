package epub

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/quire-books/quire/book"
	goldenfile "github.com/quire-books/quire/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

// testDate is the build date of every test EPUB.
var testDate = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

// load loads a book and fails the test on any error diagnostic.
func load(t testing.TB, fsys fs.FS) *book.Book {
	t.Helper()
	b, ds := book.Load(fsys)
	if ds.HasErrors() {
		t.Fatalf("book does not load:\n%v", ds)
	}
	return b
}

// fixture loads a book folder under testdata.
func fixture(t testing.TB, name string) *book.Book {
	t.Helper()
	return load(t, os.DirFS(filepath.Join("testdata", name)))
}

// oneChapter loads a book of one chapter, ch.md, with the given Markdown.
func oneChapter(t testing.TB, md string, extra ...string) *book.Book {
	t.Helper()
	fsys := fstest.MapFS{
		"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\n")},
		"ch.md":     {Data: []byte(md)},
	}
	for i := 0; i+1 < len(extra); i += 2 {
		fsys[extra[i]] = &fstest.MapFile{Data: []byte(extra[i+1])}
	}
	return load(t, fsys)
}

// entries builds a book's container entries, by name.
func entries(t testing.TB, b *book.Book) map[string][]byte {
	t.Helper()
	es, err := build(b, Options{Modified: testDate})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, e := range es {
		m[e.Name] = e.Data
	}
	return m
}

// writeEPUB writes a book's EPUB and returns its bytes.
func writeEPUB(t testing.TB, b *book.Book) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, b, Options{Modified: testDate}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", "golden", name), got, *update)
}
