// Package corpus writes test books that stress Quire from the outside: the
// CommonMark specification's examples as a book (commonmark.go) and books
// at the limits of size and nesting (limits.go), and builds them the way
// `quire build` does (Build). Its tests run the real validators.
package corpus

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/epub"
	"github.com/quire-books/quire/pdf"
)

// Result is what Build made from a book folder.
type Result struct {
	Book  *book.Book
	Diags book.Diagnostics
	// EPUB and PDF are the written editions' paths ("" when not written).
	EPUB, PDF string
}

// date is the build date of every corpus build: the output is reproducible.
var date = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)

// Build loads the book in src and, when it has no errors, writes both
// editions to out (slug.epub, slug.pdf) as `quire build` does: the PDF is
// laid out first and its page list goes into the EPUB. A book with errors
// returns its diagnostics and a nil error; err reports a renderer failure.
func Build(src, out string) (Result, error) {
	b, diags := book.Load(os.DirFS(src))
	res := Result{Book: b, Diags: diags}
	if b == nil || diags.HasErrors() {
		return res, nil
	}
	doc, err := pdf.Layout(b, pdf.Options{Date: date})
	if err != nil {
		return res, err
	}
	var pdfBuf bytes.Buffer
	if _, err := doc.WriteTo(&pdfBuf); err != nil {
		return res, err
	}
	var epubBuf bytes.Buffer
	if err := epub.Write(&epubBuf, b, epub.Options{Modified: date, PageList: pageList(b, doc)}); err != nil {
		return res, err
	}
	res.PDF = filepath.Join(out, b.Meta.Slug+".pdf")
	res.EPUB = filepath.Join(out, b.Meta.Slug+".epub")
	if err := os.WriteFile(res.PDF, pdfBuf.Bytes(), 0o644); err != nil {
		return res, err
	}
	if err := os.WriteFile(res.EPUB, epubBuf.Bytes(), 0o644); err != nil {
		return res, err
	}
	return res, nil
}

// pageList carries the PDF's body pages and the page of every TOC entry
// into the EPUB, as the CLI does.
func pageList(b *book.Book, d *pdf.Document) *epub.PageList {
	pl := &epub.PageList{Source: b.Meta.Identifier + " (PDF edition)", Labels: map[string]string{}}
	for _, ps := range d.PageStarts() {
		pl.Breaks = append(pl.Breaks, epub.PageBreak{Label: ps.Label, Chapter: ps.Chapter, Part: ps.Part, Offset: ps.Offset})
	}
	for _, e := range b.TOCFlat() {
		if l, ok := d.PageLabel(e.Anchor); ok {
			pl.Labels[e.Anchor] = l
		}
	}
	return pl
}

// writeBook writes book.yaml (title, one author, English, the chapter
// list) and nothing else into dir.
func writeBook(dir, title string, chapters []string) error {
	var y bytes.Buffer
	fmt.Fprintf(&y, "title: %q\nauthors: [Quire Tests]\nlanguage: en\nslug: book\nchapters:\n", title)
	for _, c := range chapters {
		fmt.Fprintf(&y, "  - %s\n", c)
	}
	return os.WriteFile(filepath.Join(dir, "book.yaml"), y.Bytes(), 0o644)
}
