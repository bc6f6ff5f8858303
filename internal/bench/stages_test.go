// Package bench holds the stage benchmarks (go test -bench . ./internal/bench)
// and, in cmd/bench, the side-by-side benchmark with Pandoc (make bench).
package bench

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/epub"
	"github.com/quire-books/quire/internal/synth"
	"github.com/quire-books/quire/pdf"
)

var date = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// sizes are the synthetic books the stage benchmarks run on:
// QUIRE_BENCH_SIZES="small,medium,large" chooses; "small" by default, so a
// plain `go test -bench .` stays short.
func sizes(b *testing.B) []string {
	s := os.Getenv("QUIRE_BENCH_SIZES")
	if s == "" {
		s = "small"
	}
	var out []string
	for _, name := range strings.Split(s, ",") {
		if _, ok := synth.Sizes[name]; !ok {
			b.Fatalf("QUIRE_BENCH_SIZES: no size %q", name)
		}
		out = append(out, name)
	}
	return out
}

var (
	dirsMu sync.Mutex
	dirs   = map[string]string{}
)

// bookDir writes the synthetic book of a size once per test binary.
func bookDir(b *testing.B, size string) string {
	dirsMu.Lock()
	defer dirsMu.Unlock()
	if d, ok := dirs[size]; ok {
		return d
	}
	d, err := os.MkdirTemp("", "quire-bench-"+size+"-")
	if err != nil {
		b.Fatal(err)
	}
	if err := synth.Write(d, synth.Sizes[size]); err != nil {
		b.Fatal(err)
	}
	dirs[size] = d
	return d
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range dirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

func load(b *testing.B, dir string) *book.Book {
	bk, ds := book.Load(book.DirFS(dir))
	if ds.HasErrors() {
		b.Fatal(ds)
	}
	return bk
}

// BenchmarkLoad reads and parses a book: manifest, chapters, links, images.
func BenchmarkLoad(b *testing.B) {
	for _, size := range sizes(b) {
		dir := bookDir(b, size)
		b.Run(size, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				load(b, dir)
			}
		})
	}
}

// BenchmarkEPUBWrite writes the EPUB of a loaded book (without a print
// page list).
func BenchmarkEPUBWrite(b *testing.B) {
	for _, size := range sizes(b) {
		bk := load(b, bookDir(b, size))
		b.Run(size, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := epub.Write(io.Discard, bk, epub.Options{Modified: date}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPDFLayout lays out the PDF of a loaded book, all passes and the
// finished file included.
func BenchmarkPDFLayout(b *testing.B) {
	for _, size := range sizes(b) {
		bk := load(b, bookDir(b, size))
		b.Run(size, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := pdf.Layout(bk, pdf.Options{Date: date}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPDFWrite writes a laid-out PDF to a file. fpdf serializes the
// document inside Layout (BenchmarkPDFLayout counts it); this is the
// copy to disk that is left.
func BenchmarkPDFWrite(b *testing.B) {
	for _, size := range sizes(b) {
		bk := load(b, bookDir(b, size))
		doc, err := pdf.Layout(bk, pdf.Options{Date: date})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(size, func(b *testing.B) {
			b.ReportAllocs()
			path := filepath.Join(b.TempDir(), "book.pdf")
			for b.Loop() {
				f, err := os.Create(path)
				if err != nil {
					b.Fatal(err)
				}
				n, err := doc.WriteTo(f)
				if err == nil {
					err = f.Close()
				}
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(n)
			}
		})
	}
}
