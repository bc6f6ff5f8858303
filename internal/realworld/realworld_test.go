// Package realworld holds books written the way GitHub, mdBook and Pandoc
// users write them (testdata/*, each with the licence of its text) and the
// test that they build as their authors meant them: no warning, both
// editions valid, none of the source's syntax left in either, every word
// of the source in both.
package realworld

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/epub"
	"github.com/quire-books/quire/internal/validate"
	"github.com/quire-books/quire/pdf"
)

// Each book folder under testdata has, besides the book:
//   - absent.txt: strings that must appear in neither edition's text (the
//     syntax the dialect turns into structure), one a line;
//   - present.txt: strings that must appear in both (included lines,
//     captions, alert labels), one a line.
var books = []string{"github", "mdbook", "pandoc"}

func TestRealWorldBooks(t *testing.T) {
	for _, name := range books {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("testdata", name)
			b, ds := book.Load(book.DirFS(dir))
			if len(ds) > 0 {
				t.Fatalf("%s: want no diagnostics, got:\n%v", name, ds)
			}
			out := t.TempDir()
			epubPath := filepath.Join(out, name+".epub")
			pdfPath := filepath.Join(out, name+".pdf")
			date := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
			writeFile(t, epubPath, func(w *bytes.Buffer) error { return epub.Write(w, b, epub.Options{Modified: date}) })
			writeFile(t, pdfPath, func(w *bytes.Buffer) error { return pdf.Write(w, b, pdf.Options{Date: date}) })

			epubText, err := validate.EPUBText(epubPath)
			if err != nil {
				t.Fatal(err)
			}
			pdfText := pdfTextOrSkip(t, pdfPath)
			for _, s := range lines(t, filepath.Join(dir, "absent.txt")) {
				if strings.Contains(epubText, s) {
					t.Errorf("EPUB shows %q literally", s)
				}
				if pdfText != "" && strings.Contains(pdfText, s) {
					t.Errorf("PDF shows %q literally", s)
				}
			}
			for _, s := range lines(t, filepath.Join(dir, "present.txt")) {
				if !strings.Contains(squash(epubText), squash(s)) {
					t.Errorf("EPUB lacks %q", s)
				}
				if pdfText != "" && !strings.Contains(squash(pdfText), squash(s)) {
					t.Errorf("PDF lacks %q", s)
				}
			}
			checkValidators(t, epubPath, pdfPath)
		})
	}
}

// writeFile writes what write makes to path.
func writeFile(t *testing.T, path string, write func(*bytes.Buffer) error) {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// pdfTextOrSkip returns the PDF's text, or "" when pdftotext is missing
// here (a failure under CI=true).
func pdfTextOrSkip(t *testing.T, path string) string {
	t.Helper()
	if !validate.Available("pdftotext") {
		validate.Require(t, "pdftotext") // fails under CI
		return ""
	}
	text, err := validate.PDFText(path)
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// checkValidators runs EPUBCheck, Ace and qpdf, each when installed (all
// of them under CI=true).
func checkValidators(t *testing.T, epubPath, pdfPath string) {
	t.Helper()
	if validate.Available("epubcheck") {
		r, err := validate.EPUBCheck(epubPath)
		if err != nil {
			t.Fatal(err)
		}
		if r.Fatal+r.Errors+r.Warnings > 0 {
			t.Errorf("EPUBCheck: %d fatal, %d errors, %d warnings:\n%s", r.Fatal, r.Errors, r.Warnings, strings.Join(r.Messages, "\n"))
		}
	} else {
		validate.Require(t, "epubcheck")
	}
	if validate.Available("ace") {
		v, err := validate.Ace(epubPath)
		if err != nil {
			t.Fatal(err)
		}
		if len(v) > 0 {
			t.Errorf("Ace: %d violations:\n%s", len(v), strings.Join(v, "\n"))
		}
	} else {
		validate.Require(t, "ace")
	}
	if validate.Available("qpdf") {
		if out, err := validate.QPDFCheck(pdfPath); err != nil {
			t.Errorf("qpdf --check: %v\n%s", err, out)
		}
	} else {
		validate.Require(t, "qpdf")
	}
}

// lines reads the non-empty lines of a file.
func lines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// squash removes the white space of s, so that a phrase is found across the
// line breaks of either edition and the spaces a text extractor puts at tag
// boundaries ("<code>a</code>." reads "a .").
func squash(s string) string { return strings.Join(strings.Fields(s), "") }
