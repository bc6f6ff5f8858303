package pdf

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
	goldenfile "github.com/quire-books/quire/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

var buildDate = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

// loadBook loads a fixture book folder under testdata.
func loadBook(t *testing.T, name string) *book.Book {
	t.Helper()
	b, ds := book.Load(os.DirFS(filepath.Join("testdata", name)))
	if ds.HasErrors() {
		t.Fatalf("loading %s:\n%v", name, ds)
	}
	return b
}

// smallBook is an inline two-chapter book.
func smallBook(t *testing.T) *book.Book {
	t.Helper()
	b, ds := book.Load(fstest.MapFS{
		"book.yaml": {Data: []byte("title: Small\nauthors: [António Sá]\nlanguage: pt\nchapters: [one.md, two.md]\n")},
		"one.md":    {Data: []byte("# One\n\nSee [two](two.md#later).[^n]\n\n[^n]: A note.\n")},
		"two.md":    {Data: []byte("# Two\n\n“Quoted” — text.\n\n## Later\n\nEnd.\n")},
	})
	if ds.HasErrors() {
		t.Fatalf("loading the small book:\n%v", ds)
	}
	return b
}

// writePDF writes b to a file in a temporary folder and returns its path.
func writePDF(t *testing.T, b *book.Book) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, b, Options{Date: buildDate}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "book.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// tool runs a command-line tool: the test is skipped when it is missing,
// and fails then when CI=true.
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed", name)
		}
		t.Skipf("%s is not installed", name)
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// outlineEntry is one bookmark as qpdf reports it.
type outlineEntry struct {
	Title string         `json:"title"`
	Page  int            `json:"destpageposfrom1"`
	Kids  []outlineEntry `json:"kids"`
}

// outline returns the PDF's bookmarks, flattened in order, as "depth
// title page" lines, depth from 1.
func outline(t *testing.T, path string) []string {
	t.Helper()
	var doc struct {
		Outlines []outlineEntry `json:"outlines"`
	}
	out := tool(t, "qpdf", "--json", "--json-key=outlines", path)
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	var lines []string
	var walk func([]outlineEntry, int)
	walk = func(es []outlineEntry, depth int) {
		for _, e := range es {
			lines = append(lines, fmt.Sprintf("%d %s %d", depth, e.Title, e.Page))
			walk(e.Kids, depth+1)
		}
	}
	walk(doc.Outlines, 1)
	return lines
}

func TestGolden(t *testing.T) {
	for _, name := range []string{"features"} {
		t.Run(name, func(t *testing.T) {
			path := writePDF(t, loadBook(t, name))
			golden(t, name+".txt", tool(t, "pdftotext", "-enc", "UTF-8", path, "-"))
			golden(t, name+"-outline.txt", strings.Join(outline(t, path), "\n")+"\n")
		})
	}
}

// TestOutlineIsTOC checks that the bookmarks are exactly the book's TOC:
// same titles, same order, same nesting.
func TestOutlineIsTOC(t *testing.T) {
	for _, name := range []string{"features", "flow"} {
		t.Run(name, func(t *testing.T) {
			b := loadBook(t, name)
			var want []string
			for _, e := range b.TOCFlat() {
				want = append(want, fmt.Sprintf("%d %s", e.Depth, e.Title))
			}
			var got []string
			for _, l := range outline(t, writePDF(t, b)) {
				got = append(got, l[:strings.LastIndexByte(l, ' ')])
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("outline:\n%s\nwant the TOC:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestReproducible(t *testing.T) {
	books := map[string]*book.Book{"small": smallBook(t), "features": loadBook(t, "features"), "flow": loadBook(t, "flow")}
	for _, name := range []string{"small", "features", "flow"} {
		t.Run(name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := Write(&a, books[name], Options{Date: buildDate}); err != nil {
				t.Fatal(err)
			}
			if err := Write(&b, books[name], Options{Date: buildDate}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatal("two writes with the same options differ")
			}
			if !bytes.Contains(a.Bytes(), []byte("(D:20240301120000)")) {
				t.Error("the creation date is not the build date")
			}
			// A file /ID would be random; fpdf's own producer names its
			// version. Both would sit in the trailer or the info
			// dictionary, which are not compressed.
			trailer := a.Bytes()[bytes.LastIndex(a.Bytes(), []byte("trailer")):]
			if bytes.Contains(trailer, []byte("/ID")) {
				t.Errorf("the trailer holds an /ID: %s", trailer)
			}
			if bytes.Contains(a.Bytes(), []byte("FPDF")) {
				t.Error("the PDF names FPDF as its producer")
			}
		})
	}
}

func TestValid(t *testing.T) {
	books := map[string]*book.Book{"small": smallBook(t), "features": loadBook(t, "features"), "flow": loadBook(t, "flow")}
	for _, name := range []string{"small", "features", "flow"} {
		t.Run(name, func(t *testing.T) {
			b := books[name]
			path := writePDF(t, b)

			if out := tool(t, "qpdf", "--check", path); strings.Contains(out, "WARNING") {
				t.Errorf("qpdf --check:\n%s", out)
			}

			fonts := strings.Split(strings.TrimSpace(tool(t, "pdffonts", path)), "\n")
			if len(fonts) < 3 {
				t.Errorf("pdffonts lists no font:\n%s", strings.Join(fonts, "\n"))
			}
			for _, l := range fonts[2:] {
				if f := strings.Fields(l); len(f) < 7 || f[len(f)-5] != "yes" {
					t.Errorf("font not embedded: %s", l)
				}
			}

			info := tool(t, "pdfinfo", path)
			for _, want := range []string{
				"Title:           " + b.Meta.Title + "\n",
				"Author:          " + strings.Join(b.Meta.AuthorNames(), ", ") + "\n",
				"Creator:         Quire\n",
			} {
				if !strings.Contains(info, want) {
					t.Errorf("pdfinfo lacks %q:\n%s", want, info)
				}
			}

			text := tool(t, "pdftotext", "-enc", "UTF-8", path, "-")
			checkWords(t, b, text)
		})
	}
}

// checkWords checks that every word of every chapter, as book.PlainText
// gives it, is in the PDF's text, in reading order: word by word as
// pdftotext splits them (a note number may follow a word), and, for words
// broken across lines, with the line breaks removed. Raw HTML blocks are
// checked elsewhere: their tags are not words.
func checkWords(t *testing.T, b *book.Book, text string) {
	t.Helper()
	p := newPDFWords(t, text)
	ti, fi := 0, 0
	for _, ch := range b.Chapters {
		var words []string
		if ch.TitleNode == nil {
			words = strings.Fields(ch.Title)
		}
		for n := ch.Doc.FirstChild(); n != nil; n = n.NextSibling() {
			if n.Kind() != ast.KindHTMLBlock {
				words = append(words, strings.Fields(book.PlainText(n, ch.Source))...)
			}
		}
		var ok bool
		if fi, ti, ok = p.find(ch.File, words, fi, ti); !ok {
			return
		}
	}
}

func TestRawHTML(t *testing.T) {
	path := writePDF(t, loadBook(t, "features"))
	text := strings.Join(strings.Fields(tool(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
	for _, want := range []string{"A raw HTML block with a paragraph. And a second one.", "Inline raw HTML keeps its words. After a break."} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF text lacks %q", want)
		}
	}
	for _, bad := range []string{"author comment", "<div", "<p>", "class="} {
		if strings.Contains(text, bad) {
			t.Errorf("the PDF text holds %q", bad)
		}
	}
}

// TestErrors checks that a failure names what was being set and that
// nothing is written then.
func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(b *book.Book)
		want  string
	}{
		{"fpdf error", func(b *book.Book) {
			b.Cover = &book.Image{Path: "cover.png", Format: "png", Data: []byte("not a PNG"), Width: 10, Height: 10}
		}, "the title page"},
		{"panic", func(b *book.Book) { b.Chapters[1].Doc = nil }, "chapter two.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := smallBook(t)
			tt.spoil(b)
			var buf bytes.Buffer
			err := Write(&buf, b, Options{Date: buildDate})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Write error = %v, want one naming %q", err, tt.want)
			}
			if buf.Len() > 0 {
				t.Errorf("Write wrote %d bytes before failing", buf.Len())
			}
		})
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	if err := Write(failWriter{}, smallBook(t), Options{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Write error = %v, want the writer's", err)
	}
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", "golden", name), []byte(got), *update)
}
