package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/synth"
	"github.com/quire-books/quire/internal/validate"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// The conformance tests build real books with the CLI and run the real
// validators on the editions. A validator that is not installed skips its
// check locally and fails it under CI=true.

const sampleBook = "../../content"

// seedArticle is the article the sample book is made from, word for word.
const seedArticle = "../../../shared/seed/000_004dfe6b1ccb066c.txt"

type built struct {
	epub, pdf string
	book      *book.Book
}

var (
	buildsMu sync.Mutex
	builds   = map[string]built{}
)

// buildBook builds a book once per test run (SOURCE_DATE_EPOCH fixed).
func buildBook(t *testing.T, source string) built {
	t.Helper()
	buildsMu.Lock()
	defer buildsMu.Unlock()
	if b, ok := builds[source]; ok {
		return b
	}
	out, err := os.MkdirTemp("", "quire-conformance-")
	if err != nil {
		t.Fatal(err)
	}
	scratch = append(scratch, out)
	os.Setenv("SOURCE_DATE_EPOCH", "1590969600")
	defer os.Unsetenv("SOURCE_DATE_EPOCH")
	code, _, stderr := quire(t, "build", source, "-o", out)
	if code != exitOK {
		t.Fatalf("quire build %s: exit %d\n%s", source, code, stderr)
	}
	if strings.Contains(stderr, "warning") && source == sampleBook {
		t.Errorf("the sample book has warnings:\n%s", stderr)
	}
	b, _, _, err := loadBook(source)
	if err != nil {
		t.Fatal(err)
	}
	epubs, _ := filepath.Glob(filepath.Join(out, "*.epub"))
	pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
	if len(epubs) != 1 || len(pdfs) != 1 {
		t.Fatalf("expected one EPUB and one PDF in %s, got %v %v", out, epubs, pdfs)
	}
	r := built{epub: epubs[0], pdf: pdfs[0], book: b}
	builds[source] = r
	return r
}

var scratch []string

func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range scratch {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

var (
	synthOnce sync.Once
	synthDir  string
	synthErr  error
)

// synthBook writes the small synthetic book (internal/synth: every
// construct of the dialect, the benchmark's smallest book) once per run.
func synthBook(t *testing.T) string {
	t.Helper()
	synthOnce.Do(func() {
		var tmp string
		tmp, synthErr = os.MkdirTemp("", "quire-synth-")
		if synthErr == nil {
			scratch = append(scratch, tmp)
			synthDir = filepath.Join(tmp, "synth-small")
			synthErr = synth.Write(synthDir, synth.Small)
		}
	})
	if synthErr != nil {
		t.Fatal(synthErr)
	}
	return synthDir
}

// conformanceBooks are the sample book, every valid fixture book and the
// small synthetic book.
func conformanceBooks(t *testing.T) []string {
	books := []string{sampleBook, synthBook(t)}
	dirs, _ := filepath.Glob("../../book/testdata/valid/*")
	for _, d := range dirs {
		if isBookFolder(d) {
			books = append(books, d)
		} else if mds, _ := filepath.Glob(filepath.Join(d, "*.md")); len(mds) == 1 {
			books = append(books, mds[0])
		}
	}
	if len(books) < 3 {
		t.Fatalf("fixture books not found: %v", books)
	}
	return books
}

// isBookFolder reports whether d is a book folder: a book.yaml, an mdBook
// project (book.toml) or a Pandoc-style folder (metadata.yaml).
func isBookFolder(d string) bool {
	for _, f := range []string{book.ManifestName, "book.toml", "metadata.yaml"} {
		if _, err := os.Stat(filepath.Join(d, f)); err == nil {
			return true
		}
	}
	return false
}

func name(source string) string {
	return strings.TrimSuffix(filepath.Base(source), ".md")
}

func TestEPUBCheck(t *testing.T) {
	validate.Require(t, "epubcheck")
	for _, src := range conformanceBooks(t) {
		t.Run(name(src), func(t *testing.T) {
			r, err := validate.EPUBCheck(buildBook(t, src).epub)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("EPUBCheck: %d fatal, %d errors, %d warnings, %d usage", r.Fatal, r.Errors, r.Warnings, r.Usage)
			if r.Fatal+r.Errors+r.Warnings > 0 {
				t.Errorf("EPUBCheck: %d fatal, %d errors, %d warnings:\n%s", r.Fatal, r.Errors, r.Warnings, strings.Join(r.Messages, "\n"))
			}
		})
	}
}

func TestAce(t *testing.T) {
	validate.Require(t, "ace")
	for _, src := range conformanceBooks(t) {
		t.Run(name(src), func(t *testing.T) {
			fails, err := validate.Ace(buildBook(t, src).epub)
			if err != nil {
				t.Fatal(err)
			}
			if len(fails) > 0 {
				t.Errorf("Ace: %d violations:\n%s", len(fails), strings.Join(fails, "\n"))
			}
		})
	}
}

func TestPDFChecks(t *testing.T) {
	validate.Require(t, "qpdf")
	validate.Require(t, "pdffonts")
	validate.Require(t, "pdfinfo")
	for _, src := range conformanceBooks(t) {
		t.Run(name(src), func(t *testing.T) {
			b := buildBook(t, src)
			if out, err := validate.QPDFCheck(b.pdf); err != nil {
				t.Errorf("%v\n%s", err, out)
			}
			fonts, err := validate.PDFFonts(b.pdf)
			if err != nil {
				t.Fatal(err)
			}
			if len(fonts) == 0 {
				t.Error("pdffonts lists no fonts")
			}
			for _, f := range fonts {
				if !f.Embedded {
					t.Errorf("font %s (%s) is not embedded", f.Name, f.Type)
				}
			}
			info, err := validate.PDFInfo(b.pdf)
			if err != nil {
				t.Fatal(err)
			}
			if info["Title"] != b.book.Meta.Title {
				t.Errorf("pdfinfo Title %q, want %q", info["Title"], b.book.Meta.Title)
			}
			if want := strings.Join(b.book.Meta.AuthorNames(), ", "); info["Author"] != want {
				t.Errorf("pdfinfo Author %q, want %q", info["Author"], want)
			}
		})
	}
}

// TestEditionsAgree: the EPUB nav, the PDF outline and the model's TOC list
// the same titles in the same order, at the same depths.
func TestEditionsAgree(t *testing.T) {
	validate.Require(t, "qpdf")
	for _, src := range conformanceBooks(t) {
		t.Run(name(src), func(t *testing.T) {
			b := buildBook(t, src)
			var model []string
			for _, e := range b.book.TOCFlat() {
				model = append(model, strings.Repeat("  ", e.Depth-1)+e.Title)
			}
			navItems, err := validate.EPUBNav(b.epub)
			if err != nil {
				t.Fatal(err)
			}
			var nav []string
			for _, o := range navItems {
				nav = append(nav, strings.Repeat("  ", o.Depth-1)+o.Title)
			}
			outline, err := validate.PDFOutline(b.pdf)
			if err != nil {
				t.Fatal(err)
			}
			var pdfTitles []string
			for _, o := range outline {
				pdfTitles = append(pdfTitles, strings.Repeat("  ", o.Depth-1)+o.Title)
			}
			want := strings.Join(model, "\n")
			if got := strings.Join(nav, "\n"); got != want {
				t.Errorf("EPUB nav differs from the model TOC:\n--- nav\n%s\n--- model\n%s", got, want)
			}
			if got := strings.Join(pdfTitles, "\n"); got != want {
				t.Errorf("PDF outline differs from the model TOC:\n--- outline\n%s\n--- model\n%s", got, want)
			}
		})
	}
}

// TestSampleFidelity: every word of the article is in both editions, in order.
func TestSampleFidelity(t *testing.T) {
	seed, err := os.ReadFile(seedArticle)
	if err != nil {
		t.Skipf("the seed article is not beside the project: %v", err)
	}
	want := validate.Words(string(seed))
	b := buildBook(t, sampleBook)
	epubText, err := validate.EPUBText(b.epub)
	if err != nil {
		t.Fatal(err)
	}
	checkWords(t, "EPUB", want, validate.Words(epubText))
	validate.Require(t, "pdftotext")
	pdfText, err := validate.PDFText(b.pdf)
	if err != nil {
		t.Fatal(err)
	}
	checkWords(t, "PDF", want, validate.Words(validate.Dehyphenate(pdfText, want)))
	for _, q := range []string{"China’s", "“the world’s factory”", "António Guterres"} {
		if !strings.Contains(strings.Join(strings.Fields(validate.Dehyphenate(pdfText, want)), " "), q) {
			t.Errorf("PDF text lacks %q as written", q)
		}
		if !strings.Contains(strings.Join(strings.Fields(epubText), " "), q) {
			t.Errorf("EPUB text lacks %q as written", q)
		}
	}
}

func checkWords(t *testing.T, edition string, want, got []string) {
	t.Helper()
	if i := validate.MissingInOrder(want, got); i >= 0 {
		lo := max(0, i-8)
		t.Errorf("%s: word %d %q of the article is missing or out of order; context: %q", edition, i, want[i], want[lo:i+1])
	}
}

// TestSynthFidelity: every word of the small synthetic book's paragraphs,
// headings, list items and quotes is in both editions, in order (code,
// tables and footnotes, which the PDF sets elsewhere on the page, are
// checked by the renderers' own tests).
func TestSynthFidelity(t *testing.T) {
	b := buildBook(t, synthBook(t))
	var want []string
	for _, ch := range b.book.Chapters {
		ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			switch n.Kind() {
			case east.KindFootnoteList, east.KindTable, ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock, ast.KindImage:
				return ast.WalkSkipChildren, nil
			case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock:
				if entering && !hasImage(n) { // an image's alt text is not printed
					want = append(want, validate.Words(book.PlainText(n, ch.Source))...)
				}
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		})
	}
	if len(want) < 10000 {
		t.Fatalf("only %d words found in the synthetic book", len(want))
	}
	epubText, err := validate.EPUBText(b.epub)
	if err != nil {
		t.Fatal(err)
	}
	withNoteMarks(t, "EPUB", want, validate.Words(epubText))
	validate.Require(t, "pdftotext")
	pdfText, err := validate.PDFText(b.pdf)
	if err != nil {
		t.Fatal(err)
	}
	withNoteMarks(t, "PDF", want, validate.Words(validate.Dehyphenate(pdfText, want)))
}

func hasImage(n ast.Node) bool {
	found := false
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		found = found || c.Kind() == ast.KindImage
		return ast.WalkContinue, nil
	})
	return found
}

// withNoteMarks checks that want is in got in order, as checkWords does,
// where a word of got may carry the number of a footnote mark, which the
// text tools glue to the word before it ("arranged¹" comes out as
// "arranged1", "1841²" as "18412").
func withNoteMarks(t *testing.T, edition string, want, got []string) {
	t.Helper()
	marked := func(w, g string) bool {
		return g == w || (strings.HasPrefix(g, w) && strings.Trim(g[len(w):], "0123456789") == "")
	}
	if i := validate.MissingInOrderFunc(want, got, marked); i >= 0 {
		lo := max(0, i-8)
		t.Errorf("%s: word %d %q of the book is missing or out of order; context: %q", edition, i, want[i], want[lo:i+1])
	}
}

// TestReproducible: two builds with the same SOURCE_DATE_EPOCH give the
// same bytes (the synthetic book has many images of one size, which fpdf
// alone would write in map order).
func TestReproducible(t *testing.T) {
	for _, src := range []string{sampleBook, "../../book/testdata/valid/features", synthBook(t)} {
		t.Run(name(src), func(t *testing.T) {
			t.Setenv("SOURCE_DATE_EPOCH", "1590969600")
			var outs [2]string
			for i := range outs {
				outs[i] = t.TempDir()
				if code, _, stderr := quire(t, "build", src, "-o", outs[i]); code != exitOK {
					t.Fatalf("build %d: %s", i, stderr)
				}
			}
			files, _ := filepath.Glob(filepath.Join(outs[0], "*"))
			if len(files) != 2 {
				t.Fatalf("want 2 editions, got %v", files)
			}
			for _, f := range files {
				a, _ := os.ReadFile(f)
				bb, _ := os.ReadFile(filepath.Join(outs[1], filepath.Base(f)))
				if !bytes.Equal(a, bb) {
					t.Errorf("%s differs between two builds", filepath.Base(f))
				}
			}
		})
	}
}
