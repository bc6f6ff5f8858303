package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/synth"
)

// synthBook writes a synthetic book (every construct: page references,
// notes, tables, code, images of equal widths, parts) and loads it.
func synthBook(t *testing.T, opt synth.Options) *book.Book {
	t.Helper()
	dir := t.TempDir()
	if err := synth.Write(dir, opt); err != nil {
		t.Fatal(err)
	}
	b, ds := book.Load(book.DirFS(dir))
	if ds.HasErrors() {
		t.Fatalf("loading the synthetic book:\n%v", ds)
	}
	return b
}

// layoutBytes lays b out and returns the file.
func layoutBytes(t *testing.T, b *book.Book, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, b, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// withProcs runs f with GOMAXPROCS set to n.
func withProcs(n int, f func()) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(n))
	f()
}

// TestSameBytesAnyCPUs checks that chapters composed on one goroutine or
// on several give the same file, for a book whose chapters are
// independent and for a one-file book whose chapters share notes.
func TestSameBytesAnyCPUs(t *testing.T) {
	books := map[string]*book.Book{
		"synthetic": synthBook(t, synth.Options{Chapters: 6, WordsPerChapter: 700, Seed: 3}),
		"one-file":  sharedNotesBook(t),
	}
	for name, b := range books {
		t.Run(name, func(t *testing.T) {
			var one, many []byte
			withProcs(1, func() { one = layoutBytes(t, b, Options{Date: buildDate}) })
			withProcs(4, func() { many = layoutBytes(t, b, Options{Date: buildDate}) })
			if !bytes.Equal(one, many) {
				t.Error("GOMAXPROCS 1 and 4 give different files")
			}
		})
	}
}

// sharedNotesBook is a one-file book whose second chapter refers again to
// a note the first one set.
func sharedNotesBook(t *testing.T) *book.Book {
	t.Helper()
	src := "---\ntitle: Shared\nauthors: [A. Author]\nlanguage: en\n---\n\n" +
		"# One\n\nFirst mention.[^a] More text.[^b]\n\n" +
		"# Two\n\nSecond mention.[^a] And [one](#one), page {page}.\n\n" +
		"# Three\n\nLast.[^b]\n\n[^a]: Note a.\n[^b]: Note b.\n"
	b, ds := book.LoadFile(fstest.MapFS{"book.md": {Data: []byte(src)}}, "book.md")
	if ds.HasErrors() {
		t.Fatalf("loading the one-file book:\n%v", ds)
	}
	if !notesShared(b) {
		t.Fatal("the one-file book's chapters do not share notes")
	}
	return b
}

// TestImageOrder checks that a book with many images of the same width
// gives the same file every time (fpdf alone writes them in Go's random
// map order), with the images in the order of their width.
func TestImageOrder(t *testing.T) {
	files := fstest.MapFS{}
	var md strings.Builder
	md.WriteString("# Pictures\n\n")
	for i := range 8 {
		name := fmt.Sprintf("p%d.png", i)
		files[name] = &fstest.MapFile{Data: pngOf(t, 40+i%2*20, 30+i, color.RGBA{uint8(30 * i), 100, 200, 255})}
		fmt.Fprintf(&md, "![Picture %d](%s)\n\n", i, name)
	}
	files["book.yaml"] = &fstest.MapFile{Data: []byte("title: Pictures\nauthors: [A. Author]\nlanguage: en\nchapters: [pictures.md]\n")}
	files["pictures.md"] = &fstest.MapFile{Data: []byte(md.String())}
	b, ds := book.Load(files)
	if ds.HasErrors() {
		t.Fatalf("loading the book:\n%v", ds)
	}
	first := layoutBytes(t, b, Options{Date: buildDate})
	for range 4 {
		if !bytes.Equal(layoutBytes(t, b, Options{Date: buildDate}), first) {
			t.Fatal("two layouts of the same book differ")
		}
	}
	widths := imageWidths(first)
	if len(widths) < 8 { // the pictures and the cover the book makes
		t.Fatalf("%d image objects %v, want 8 or more", len(widths), widths)
	}
	for i := 1; i < len(widths); i++ {
		if widths[i] < widths[i-1] {
			t.Errorf("image widths in file order %v: not sorted", widths)
		}
	}
}

// pngOf is a w×h PNG in one colour.
func pngOf(t *testing.T, w, h int, c color.RGBA) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var imageObjRE = regexp.MustCompile(`\d+ 0 obj\n<</Type /XObject\n/Subtype /Image\n/Width (\d+)\n`)

// imageWidths lists the widths of the image objects of a PDF, in file
// order.
func imageWidths(pdf []byte) []int {
	var out []int
	for _, m := range imageObjRE.FindAllSubmatch(pdf, -1) {
		w, _ := strconv.Atoi(string(m[1]))
		out = append(out, w)
	}
	return out
}

// TestProgress checks the progress calls: never two at once, the count
// never going down, the last one the page count, and the same file as
// without progress.
func TestProgress(t *testing.T) {
	b := synthBook(t, synth.Options{Chapters: 4, WordsPerChapter: 500, Seed: 5})
	var calls []int
	var inside atomic.Int32
	opt := Options{Date: buildDate, Progress: func(pages int) {
		if inside.Add(1) != 1 {
			t.Error("two progress calls at once")
		}
		calls = append(calls, pages)
		inside.Add(-1)
	}}
	var d *Document
	var err error
	withProcs(4, func() { d, err = Layout(b, opt) })
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) == 0 {
		t.Fatal("no progress call")
	}
	for i := 1; i < len(calls); i++ {
		if calls[i] <= calls[i-1] {
			t.Fatalf("progress went %d then %d", calls[i-1], calls[i])
		}
	}
	if last := calls[len(calls)-1]; last < len(d.pages) {
		t.Errorf("last progress call %d, the document has %d pages", last, len(d.pages))
	}
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), layoutBytes(t, b, Options{Date: buildDate})) {
		t.Error("the file differs with a progress callback")
	}
	// Pages is the number of page objects in the file.
	if n := bytes.Count(buf.Bytes(), []byte("/Type /Page")) - bytes.Count(buf.Bytes(), []byte("/Type /Pages")); d.Pages() != n {
		t.Errorf("Pages() = %d, the file has %d pages", d.Pages(), n)
	}
}

// TestSameAdvances checks when a changed page number leaves a chapter's
// lines as they were.
func TestSameAdvances(t *testing.T) {
	m := newFontMeasurer()
	body := style{size: 10.5}
	for _, tt := range []struct {
		name string
		a, b string
		want bool
	}{
		{"same", "12", "12", true},
		{"tabular digits", "734", "736", true},
		{"more digits", "9", "10", false},
		{"placeholder", "0", "734", false},
		{"roman numerals", "iv", "vi", false},
		{"digit for letter", "1", "l", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameAdvances(tt.a, tt.b, body, m); got != tt.want {
				t.Errorf("sameAdvances(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}
