package pdf

import (
	"os"
	"testing"

	"github.com/quire-books/quire/book"
)

// BenchmarkLayoutBook lays out the book in $QUIRE_BENCH_BOOK (a folder),
// to profile the composition: go test ./pdf -run - -bench LayoutBook.
func BenchmarkLayoutBook(b *testing.B) {
	dir := os.Getenv("QUIRE_BENCH_BOOK")
	if dir == "" {
		b.Skip("QUIRE_BENCH_BOOK is not set")
	}
	bk, ds := book.Load(os.DirFS(dir))
	if ds.HasErrors() {
		b.Fatal(ds)
	}
	for b.Loop() {
		if _, err := Layout(bk, Options{Date: buildDate}); err != nil {
			b.Fatal(err)
		}
	}
}
