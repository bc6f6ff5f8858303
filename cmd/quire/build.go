package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/epub"
	"github.com/quire-books/quire/pdf"
)

const buildUsage = `Usage: quire build [SOURCE...] [-o DIR] [--format epub,pdf] [--set KEY=VALUE]...

Builds the book in SOURCE (a folder with a book.yaml, or one Markdown file
with YAML front matter; default ".") and writes DIR/<slug>.epub and
DIR/<slug>.pdf. Each edition is written to a temporary file and renamed into
place only when the whole build succeeded, so a failed build never leaves a
partial file or harms an earlier edition.

With several SOURCEs, the books are built at the same time (at most one
per CPU) into the one DIR, and each gets one result line, in the order
given: "ok   SOURCE -> FILES (TIME)" on stdout, or "FAIL SOURCE: WHY" on
stderr, followed by that book's diagnostics. A failed book does not stop
the others; the exit status is 1 if any failed. Two books with the same
slug are refused before anything is built.

Options:
`

const buildFooter = `
Environment:
  SOURCE_DATE_EPOCH  build date in seconds since 1970 (dcterms:modified and
                     the PDF dates); default: now. The same input and date
                     always give byte-identical files.

Diagnostics go to stderr, one a line, "file:line:col: severity: message":
all the errors first, then all the warnings, each group sorted by file,
line and column. 'quire check' reports the same without building.

The output folder may be inside the book folder (the default, ./build,
often is): editions are .epub and .pdf files, which the chapter scan never
reads. A build is refused, before anything is written, when DIR is a file,
cannot be created or written, or when an edition's path is a file the book
reads (book.yaml, a chapter, an image, the cover or a font).

Ctrl-C (SIGINT) or SIGTERM stops the build with exit status 130; the
temporary files are removed and earlier editions are left as they were.

Exit status: 0 success (warnings only), 1 the book has errors or an edition
could not be written, 2 a usage error, 130 interrupted.
`

// buildFlags are the options of 'quire build'.
type buildFlags struct {
	out     string
	formats []string
	sources []string // one or more; "." when none is given
	set     setFlag
}

func parseBuildFlags(args []string, stderr io.Writer) (buildFlags, int, bool) {
	var bf buildFlags
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&bf.out, "o", "build", "output `DIR`")
	format := fs.String("format", "epub,pdf", "editions to write: a comma-separated `LIST` of epub and pdf")
	addSetFlag(fs, &bf.set)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), buildUsage)
		fs.PrintDefaults()
		printSettings(fs.Output())
		fmt.Fprint(fs.Output(), buildFooter)
	}
	sources, code, ok := parseSources(fs, args)
	if !ok {
		return bf, code, false
	}
	bf.sources = sources
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

// parseArgs parses a command's flags, which may come before or after
// SOURCE as users of most CLIs expect, and returns SOURCE (default ".").
func parseArgs(fs *flag.FlagSet, cmd string, args []string, stderr io.Writer) (string, int, bool) {
	positional, code, ok := parseSources(fs, args)
	if !ok {
		return "", code, false
	}
	if len(positional) > 1 {
		fmt.Fprintf(stderr, "quire %s: one SOURCE at a time, got %d: %s\n", cmd, len(positional), strings.Join(positional, " "))
		return "", exitUsage, false
	}
	return positional[0], exitOK, true
}

// parseSources parses a command's flags, before or after the positional
// arguments, and returns those (["."] when there are none).
func parseSources(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, false
			}
			return nil, exitUsage, false
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(positional) == 0 {
		positional = []string{"."}
	}
	return positional, exitOK, true
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
	if len(bf.sources) > 1 {
		return runBatch(bf, date, stdout, stderr)
	}
	source := bf.sources[0]
	// From here on, Ctrl-C removes the temporary files and exits 130.
	temps := &tempFiles{}
	defer temps.removeOnSignal(stderr)()

	b, base, diags, err := loadBook(source, bf.set...)
	if err != nil {
		fmt.Fprintf(stderr, "quire build: %v\n", err)
		return exitBook
	}
	printDiagnostics(stderr, base, diags)
	if diags.HasErrors() {
		fmt.Fprintf(stderr, "quire build: %s; nothing written\n", countErrors(diags))
		return exitBook
	}
	written, err := buildEditions(b, base, source, bf, date, temps)
	if err != nil {
		fmt.Fprintf(stderr, "quire build: %v\n", err)
		return exitBook
	}
	for _, w := range written {
		fmt.Fprintf(stdout, "wrote %s (%s)\n", w.path, humanSize(w.size))
	}
	return exitOK
}

// buildEditions lays out and writes the editions of a loaded book without
// errors. Its error says whether anything changed.
func buildEditions(b *book.Book, base, source string, bf buildFlags, date time.Time, temps *tempFiles) ([]writtenFile, error) {
	targets, err := planOutput(bf.out, b.Meta.Slug, bf.formats, sourceFiles(b, base, source))
	if err != nil {
		return nil, fmt.Errorf("%w; nothing written", err)
	}
	// The PDF is laid out whatever the formats: the EPUB carries its page
	// breaks and the page numbers of {page} references.
	doc, err := layoutPDF(b, pdf.Options{Date: date})
	if err != nil {
		return nil, fmt.Errorf("laying out the pages: %w; nothing written", err)
	}
	var editions []edition
	for i, f := range bf.formats {
		switch f {
		case "epub":
			editions = append(editions, edition{target: targets[i], name: "EPUB", write: func(w io.Writer) error {
				return epub.Write(w, b, epub.Options{Modified: date, PageList: pageList(b, doc)})
			}})
		case "pdf":
			editions = append(editions, edition{target: targets[i], name: "PDF", write: func(w io.Writer) error {
				_, err := doc.WriteTo(w)
				return err
			}})
		}
	}
	written, err := writeEditions(editions, temps)
	if err != nil {
		return nil, fmt.Errorf("%w; no edition changed", err)
	}
	return written, nil
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
// diagnostic file names are relative to. The book is read through
// book.DirFS, so nothing outside its folder is read. SOURCE itself may be a
// symbolic link: the folder it names, or the folder of the file it names,
// is the book folder.
func loadBook(source string, overrides ...string) (b *book.Book, base string, diags book.Diagnostics, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, diags, err = nil, nil, fmt.Errorf("internal error while reading %s: %v", source, r)
		}
	}()
	info, err := os.Stat(source)
	if err != nil {
		return nil, "", nil, fmt.Errorf("cannot read %s: %w", source, unwrapPathError(err))
	}
	if info.IsDir() {
		b, diags := book.LoadWith(book.DirFS(source), book.LoadOptions{Overrides: overrides})
		return b, source, diags, nil
	}
	if !strings.EqualFold(filepath.Ext(source), ".md") {
		return nil, "", nil, fmt.Errorf("%s is neither a book folder nor a Markdown (.md) file", source)
	}
	if li, err := os.Lstat(source); err == nil && li.Mode()&os.ModeSymlink != 0 {
		if real, err := filepath.EvalSymlinks(source); err == nil {
			source = real
		}
	}
	dir := filepath.Dir(source)
	b, diags = book.LoadFileWith(book.DirFS(dir), filepath.Base(source), book.LoadOptions{Overrides: overrides})
	return b, dir, diags, nil
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// displayName is a diagnostic's file as the user sees it: relative to the
// folder they named.
func displayName(base, file string) string {
	if file == "" || base == "." || base == "" || strings.HasPrefix(file, "--set ") {
		return file
	}
	return filepath.ToSlash(filepath.Join(base, filepath.FromSlash(file)))
}

// printDiagnostics prints every diagnostic, one a line: the errors first,
// then the warnings, each group sorted by file, line and column.
func printDiagnostics(w io.Writer, base string, diags book.Diagnostics) {
	for _, d := range diags.Grouped() {
		d.Pos.File = displayName(base, d.Pos.File)
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
