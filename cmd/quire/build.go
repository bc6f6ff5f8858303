package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/epub"
	"github.com/quire-books/quire/pdf"
)

const buildUsage = `Usage: quire build [SOURCE] [-o DIR] [--format epub,pdf]

Builds the book in SOURCE (a folder with a book.yaml, or one Markdown file
with YAML front matter; default ".") and writes DIR/<slug>.epub and
DIR/<slug>.pdf. Each edition is written to a temporary file and renamed into
place only when the whole build succeeded, so a failed build never leaves a
partial file or harms an earlier edition.

Options:
`

const buildFooter = `
Environment:
  SOURCE_DATE_EPOCH  build date in seconds since 1970 (dcterms:modified and
                     the PDF dates); default: now. The same input and date
                     always give byte-identical files.

Exit status: 0 success (warnings go to stderr), 1 the book has errors,
2 a usage error.
`

// buildFlags are the options of 'quire build'.
type buildFlags struct {
	out     string
	formats []string
	source  string
}

func parseBuildFlags(args []string, stderr io.Writer) (buildFlags, int, bool) {
	var bf buildFlags
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&bf.out, "o", "build", "output `DIR`")
	format := fs.String("format", "epub,pdf", "editions to write: a comma-separated `LIST` of epub and pdf")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), buildUsage)
		fs.PrintDefaults()
		fmt.Fprint(fs.Output(), buildFooter)
	}
	// Flags may come before or after SOURCE, as users of most CLIs expect.
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return bf, exitOK, false
			}
			return bf, exitUsage, false
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(positional) > 1 {
		fmt.Fprintf(stderr, "quire build: one SOURCE at a time, got %d: %s\n", len(positional), strings.Join(positional, " "))
		return bf, exitUsage, false
	}
	bf.source = "."
	if len(positional) == 1 {
		bf.source = positional[0]
	}
	seen := map[string]bool{}
	for _, f := range strings.Split(*format, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f != "epub" && f != "pdf" {
			fmt.Fprintf(stderr, "quire build: unknown format %q (use epub, pdf or epub,pdf)\n", f)
			return bf, exitUsage, false
		}
		if !seen[f] {
			seen[f] = true
			bf.formats = append(bf.formats, f)
		}
	}
	return bf, exitOK, true
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	bf, code, ok := parseBuildFlags(args, stderr)
	if !ok {
		return code
	}
	date, err := buildDate()
	if err != nil {
		fmt.Fprintf(stderr, "quire build: %v\n", err)
		return exitUsage
	}
	b, base, diags, err := loadBook(bf.source)
	if err != nil {
		fmt.Fprintf(stderr, "quire build: %v\n", err)
		return exitBook
	}
	printDiagnostics(stderr, base, diags)
	if diags.HasErrors() {
		fmt.Fprintf(stderr, "quire build: %s; nothing written\n", countErrors(diags))
		return exitBook
	}
	// The PDF is laid out whatever the formats: the EPUB carries its page
	// breaks and the page numbers of {page} references.
	doc, err := layoutPDF(b, pdf.Options{Date: date})
	if err != nil {
		fmt.Fprintf(stderr, "quire build: laying out the pages: %v; nothing written\n", err)
		return exitBook
	}
	var editions []edition
	for _, f := range bf.formats {
		switch f {
		case "epub":
			editions = append(editions, edition{ext: ".epub", name: "EPUB", write: func(w io.Writer) error {
				return epub.Write(w, b, epub.Options{Modified: date, PageList: pageList(b, doc)})
			}})
		case "pdf":
			editions = append(editions, edition{ext: ".pdf", name: "PDF", write: func(w io.Writer) error {
				_, err := doc.WriteTo(w)
				return err
			}})
		}
	}
	written, err := writeEditions(bf.out, b.Meta.Slug, editions)
	if err != nil {
		fmt.Fprintf(stderr, "quire build: %v\n", err)
		return exitBook
	}
	for _, w := range written {
		fmt.Fprintf(stdout, "wrote %s (%s)\n", w.path, humanSize(w.size))
	}
	return exitOK
}

// layoutPDF lays out the PDF edition, turning a renderer panic into an
// error as writeEditions does.
func layoutPDF(b *book.Book, opt pdf.Options) (d *pdf.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	return pdf.Layout(b, opt)
}

// pageList is the PDF edition's page list in the EPUB's terms: a marker
// per body page, and the printed page of every chapter, heading and part
// for {page} references. A heading the PDF does not place (in a chapter
// the PDF sets, every one is) gets its chapter's page, as in the PDF.
func pageList(b *book.Book, d *pdf.Document) *epub.PageList {
	pl := &epub.PageList{
		Source: b.Meta.Identifier + " (PDF edition)",
		Labels: map[string]string{},
	}
	for _, ps := range d.PageStarts() {
		pl.Breaks = append(pl.Breaks, epub.PageBreak{Label: ps.Label, Chapter: ps.Chapter, Part: ps.Part, Offset: ps.Offset})
	}
	label := func(anchor, fallback string) {
		if l, ok := d.PageLabel(anchor); ok {
			pl.Labels[anchor] = l
		} else if l, ok := d.PageLabel(fallback); ok {
			pl.Labels[anchor] = l
		}
	}
	for _, p := range b.Parts {
		label(p.Anchor, p.Anchor)
	}
	for _, ch := range b.Chapters {
		label(ch.Anchor, ch.Anchor)
		for _, h := range ch.Headings {
			label(h.Anchor, ch.Anchor)
		}
	}
	return pl
}

// loadBook loads a book folder or a one-file book; base is the folder that
// diagnostic file names are relative to.
func loadBook(source string) (*book.Book, string, book.Diagnostics, error) {
	info, err := os.Stat(source)
	if err != nil {
		return nil, "", nil, fmt.Errorf("cannot read %s: %w", source, unwrapPathError(err))
	}
	if info.IsDir() {
		b, diags := book.Load(os.DirFS(source))
		return b, source, diags, nil
	}
	if !strings.EqualFold(filepath.Ext(source), ".md") {
		return nil, "", nil, fmt.Errorf("%s is neither a book folder nor a Markdown (.md) file", source)
	}
	dir := filepath.Dir(source)
	b, diags := book.LoadFile(os.DirFS(dir), filepath.Base(source))
	return b, dir, diags, nil
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func printDiagnostics(w io.Writer, base string, diags book.Diagnostics) {
	for _, d := range diags {
		if d.Pos.File != "" && base != "." && base != "" {
			d.Pos.File = filepath.ToSlash(filepath.Join(base, filepath.FromSlash(d.Pos.File)))
		}
		fmt.Fprintln(w, d)
	}
}

func countErrors(diags book.Diagnostics) string {
	n := 0
	for _, d := range diags {
		if d.Severity == book.Error {
			n++
		}
	}
	if n == 1 {
		return "1 error"
	}
	return fmt.Sprintf("%d errors", n)
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
