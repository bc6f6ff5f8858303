package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/epub"
	"github.com/quire-books/quire/internal/units"
	"github.com/quire-books/quire/pdf"
	"github.com/quire-books/quire/shape"
)

const buildUsage = `Usage: quire build [SOURCE...] [-o DIR] [--format epub,pdf] [--set KEY=VALUE]...
                   [--quiet | --verbose]

Builds the book in SOURCE and writes DIR/<slug>.epub and DIR/<slug>.pdf.
SOURCE is a book folder (with a book.yaml, an mdBook book.toml or a Pandoc
metadata.yaml) or one Markdown file with YAML front matter; default ".".
Each edition is written to a temporary file and renamed into place only
when the whole build succeeded, so a failed build never leaves a partial
file or harms an earlier edition.

Several SOURCEs:
  - two or more Markdown files (quire build a.md b.md c.md) are ONE book,
    their chapters in that order, as 'pandoc a.md b.md c.md' reads them.
    The book folder is the folder that holds them all: the metadata comes
    from a metadata.yaml there, or else from the first file's front
    matter; images and links must stay inside that folder.
  - two or more folders (quire build book1 book2) are that many books,
    built at the same time (at most one per CPU) into the one DIR. Each
    gets one result line, in the order given: "ok   SOURCE -> FILES
    (TIME)" on stdout, or "FAIL SOURCE: WHY" on stderr, followed by that
    book's diagnostics. A failed book does not stop the others; the exit
    status is 1 if any failed. Two books with the same slug are refused
    before anything is built.
  Markdown files and folders cannot be mixed in one command (a usage
  error); to build several one-file books, run quire build once per file.

The EPUB's print page list and the numbers of {page} references come from
the PDF built in the same run. --format epub alone does not lay out the
PDF (it is much faster): that EPUB has no page list, and a {page}
reference prints the title of the place it links to instead of a number.

Options:
`

const buildFooter = `
Progress, on stderr: on a terminal, a display of the running stage
(chapters read, pages set, bytes written) for builds that take a moment;
otherwise, one line per stage with its count and time ("quire build: laid
out 212 pages (1.9 s)"). stdout has one "wrote FILE (SIZE)" line per
edition. --verbose adds every stage's line on a terminal too, a line per
file written and the total time; --quiet prints only errors: no progress,
no warnings, and nothing on stdout.

Environment:
  SOURCE_DATE_EPOCH  build date in seconds since 1970 (dcterms:modified and
                     the PDF dates); default: now. The same input, flags and
                     date always give byte-identical files.

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
	quiet   bool
	verbose bool
	// fonts is the system's fonts, scanned once for the loads and layouts
	// of the run.
	fonts *shape.System
	// files are the Markdown files of one book, in order, when the
	// SOURCEs are two or more Markdown files; nil otherwise.
	files []string
}

// verbosity is how much the build reports besides its diagnostics.
func (bf buildFlags) verbosity() verbosity {
	switch {
	case bf.quiet:
		return quietOutput
	case bf.verbose:
		return verboseOutput
	}
	return normalOutput
}

func parseBuildFlags(args []string, stderr io.Writer) (buildFlags, int, bool) {
	bf := buildFlags{fonts: &shape.System{}}
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := addEditionFlags(fs, &bf)
	addSetFlag(fs, &bf.set)
	addVerbosityFlags(fs, &bf.quiet, &bf.verbose)
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
	if bf.quiet && bf.verbose {
		fmt.Fprintln(stderr, "quire build: --quiet and --verbose cannot go together")
		return bf, exitUsage, false
	}
	bf.sources = sources
	files, err := markdownFiles(sources)
	if err != nil {
		fmt.Fprintf(stderr, "quire build: %v\n", err)
		return bf, exitUsage, false
	}
	bf.files = files
	if bf.formats, err = parseFormats(*format); err != nil {
		fmt.Fprintf(stderr, "quire build: %v\n", err)
		return bf, exitUsage, false
	}
	return bf, exitOK, true
}

// parseFormats reads --format: a comma-separated list of epub and pdf, in
// the order given, each once.
func parseFormats(list string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(list, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f != "epub" && f != "pdf" {
			return nil, fmt.Errorf("unknown format %q (use epub, pdf or epub,pdf)", f)
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out, nil
}

// addEditionFlags adds the output folder (-o) and --format, which build
// and watch share; the format list is parsed by parseFormats.
func addEditionFlags(fs *flag.FlagSet, bf *buildFlags) (format *string) {
	fs.StringVar(&bf.out, "o", "build", "output `DIR`")
	return fs.String("format", "epub,pdf", "editions to write: a comma-separated `LIST` of epub and pdf")
}

// addVerbosityFlags adds --quiet and --verbose.
func addVerbosityFlags(fs *flag.FlagSet, quiet, verbose *bool) {
	fs.BoolVar(quiet, "quiet", false, "print only errors: no progress, no warnings, nothing on stdout")
	fs.BoolVar(verbose, "verbose", false, "print every stage with its count and time, and each file written")
}

// markdownFiles says how to read several SOURCEs: as the files of one
// book, in order, when there are two or more and every one is a Markdown
// file (Pandoc's 'pandoc a.md b.md'); as that many books (nil) when they
// are folders, or when there is only one. A mix is refused.
func markdownFiles(sources []string) ([]string, error) {
	if len(sources) < 2 {
		return nil, nil
	}
	var md, other []string
	for _, s := range sources {
		if isMarkdownFile(s) {
			md = append(md, s)
		} else {
			other = append(other, s)
		}
	}
	switch {
	case len(md) == 0:
		return nil, nil
	case len(other) == 0:
		return sources, nil
	}
	return nil, fmt.Errorf("%s is a Markdown file but %s is not: give either Markdown files (one book, "+
		"their chapters in that order) or book folders (one book each), not both", md[0], other[0])
}

// isMarkdownFile says whether a SOURCE names a Markdown file (one that
// exists or not) rather than a folder.
func isMarkdownFile(source string) bool {
	if !strings.EqualFold(filepath.Ext(source), ".md") {
		return false
	}
	info, err := os.Stat(source)
	return err != nil || !info.IsDir()
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
	paceGC(bf.formats)
	date, err := buildDate()
	if err != nil {
		fmt.Fprintf(stderr, "quire build: %v\n", err)
		return exitUsage
	}
	if len(bf.sources) > 1 && bf.files == nil {
		return runBatch(bf, date, stdout, stderr)
	}
	rep := newReporter(stderr, "quire build", bf.verbosity(), isTerminal(stderr))
	defer rep.end()
	// From here on, Ctrl-C removes the temporary files and exits 130.
	temps := &tempFiles{}
	defer temps.removeOnSignal(stderr)()

	source := bf.sources[0]
	rep.begin("reading", "chapters", 0)
	opt := book.LoadOptions{Overrides: bf.set, Progress: rep.count, Fonts: bf.fonts}
	var b *book.Book
	var base string
	var diags book.Diagnostics
	if bf.files != nil {
		b, base, diags, err = loadFiles(bf.files, opt)
		source = base
	} else {
		b, base, diags, err = loadBookWith(source, opt)
	}
	if err != nil {
		rep.end()
		fmt.Fprintf(stderr, "quire build: %v\n", err)
		return exitBook
	}
	if diags.HasErrors() {
		rep.end()
	} else {
		rep.done("%s", readSummary(b, base, bf.verbose))
	}
	printDiagnostics(stderr, base, shown(diags, bf.quiet))
	if diags.HasErrors() {
		fmt.Fprintf(stderr, "quire build: %s; nothing written\n", countErrors(diags))
		return exitBook
	}
	written, err := buildEditionsWith(b, base, source, bf, date, temps, rep)
	if err != nil {
		fmt.Fprintf(stderr, "quire build: %v\n", err)
		return exitBook
	}
	if !bf.quiet {
		for _, w := range written {
			fmt.Fprintf(stdout, "wrote %s (%s)\n", w.path, units.Size(w.size))
		}
	}
	rep.finished()
	return exitOK
}

// readSummary is the line that ends the reading stage: "read 12
// chapters", and with --verbose its parts and images and where from.
func readSummary(b *book.Book, base string, verbose bool) string {
	s := "read " + counted(len(b.Chapters), "chapter")
	if !verbose {
		return s
	}
	images := len(b.Images)
	if b.CoverDrawn {
		images-- // drawn, not read
	}
	return fmt.Sprintf("%s, %s and %s from %s", s, counted(len(b.Parts), "part"), counted(images, "image"), base)
}

// shown is what a build prints of its diagnostics: all of them, or with
// --quiet only the errors.
func shown(diags book.Diagnostics, quiet bool) book.Diagnostics {
	if !quiet {
		return diags
	}
	var out book.Diagnostics
	for _, d := range diags {
		if d.Severity == book.Error {
			out = append(out, d)
		}
	}
	return out
}

// buildEditions lays out and writes the editions of a loaded book without
// errors, reporting nothing. Its error says whether anything changed.
func buildEditions(b *book.Book, base, source string, bf buildFlags, date time.Time, temps *tempFiles) ([]writtenFile, error) {
	return buildEditionsWith(b, base, source, bf, date, temps, nil)
}

// buildEditionsWith is buildEditions reporting its stages (setting the
// pages, writing the editions) to rep, which may be nil.
func buildEditionsWith(b *book.Book, base, source string, bf buildFlags, date time.Time, temps *tempFiles, rep *reporter) ([]writtenFile, error) {
	targets, err := planOutput(bf.out, b.Meta.Slug, bf.formats, sourceFiles(b, base, source))
	if err != nil {
		return nil, fmt.Errorf("%w; nothing written", err)
	}
	laysOut := slices.Contains(bf.formats, "pdf")
	if laysOut {
		rep.begin("setting pages", "pages", 0)
	}
	eds, doc, err := renderEditions(b, bf.formats, date, bf.fonts, func(pages int) { rep.count(pages, 0) })
	if err != nil {
		rep.end()
		return nil, err
	}
	if laysOut {
		rep.done("laid out %s", counted(rep.last(), "page"))
		for _, f := range doc.Fonts() {
			rep.verbosef("font: %s", f)
		}
	} else {
		rep.verbosef("EPUB only: the PDF is not laid out, so the EPUB has no print page list")
	}
	for i := range eds {
		eds[i].target = targets[i]
	}
	rep.begin("writing", "bytes", 0)
	written, err := writeEditions(eds, temps, rep.add)
	if err != nil {
		rep.end()
		return nil, fmt.Errorf("%w; no edition changed", err)
	}
	if bf.verbose {
		rep.end()
		for _, w := range written {
			rep.verbosef("wrote %s: %s (%s)", w.path, units.Size(w.size), seconds(w.took))
		}
	} else {
		var total int64
		for _, w := range written {
			total += w.size
		}
		rep.done("wrote %s in %s", units.Size(total), plural(len(written), "file"))
	}
	return written, nil
}

// renderEditions lays out the PDF when formats ask for it and returns one
// edition per format, in order, their targets left for the caller to set.
// The EPUB carries the print page list only when the PDF is built in the
// same run: --format epub alone skips the layout. onPage, when not nil,
// is told the pages set so far as the PDF is laid out.
func renderEditions(b *book.Book, formats []string, date time.Time, fonts *shape.System, onPage func(pages int)) ([]edition, *pdf.Document, error) {
	var doc *pdf.Document
	if slices.Contains(formats, "pdf") {
		var err error
		doc, err = layoutPDF(b, pdf.Options{Date: date, Progress: onPage, Fonts: fonts})
		if err != nil {
			return nil, nil, fmt.Errorf("laying out the pages: %w; nothing written", err)
		}
		if onPage != nil {
			onPage(doc.Pages()) // exact: passes may have reported more
		}
	}
	var editions []edition
	for _, f := range formats {
		switch f {
		case "epub":
			var pl *epub.PageList
			if doc != nil {
				pl = pageList(b, doc)
			}
			editions = append(editions, edition{name: "EPUB", write: func(w io.Writer) error {
				return epub.Write(w, b, epub.Options{Modified: date, PageList: pl})
			}})
		case "pdf":
			editions = append(editions, edition{name: "PDF", write: func(w io.Writer) error {
				_, err := doc.WriteTo(w)
				return err
			}})
		}
	}
	return editions, doc, nil
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
	return loadBookWith(source, book.LoadOptions{Overrides: overrides})
}

// loadBookWith is loadBook with all the load options.
func loadBookWith(source string, opt book.LoadOptions) (b *book.Book, base string, diags book.Diagnostics, err error) {
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
		b, diags := book.LoadWith(book.DirFS(source), opt)
		return b, source, diags, nil
	}
	if !strings.EqualFold(filepath.Ext(source), ".md") {
		return nil, "", nil, fmt.Errorf("%s is neither a book folder nor a Markdown (.md) file", source)
	}
	source = realFile(source)
	dir := filepath.Dir(source)
	b, diags = book.LoadFileWith(book.DirFS(dir), filepath.Base(source), opt)
	return b, dir, diags, nil
}

// loadFiles loads one book made of several Markdown files, in order. The
// book folder, base, is the deepest folder that holds them all (as the
// user wrote it when every file was given as a relative path): its
// metadata.yaml, if any, holds the metadata, and nothing outside it is
// read.
func loadFiles(files []string, opt book.LoadOptions) (b *book.Book, base string, diags book.Diagnostics, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, diags, err = nil, nil, fmt.Errorf("internal error while reading %s: %v", strings.Join(files, " "), r)
		}
	}()
	abs := make([]string, len(files))
	relative := true
	for i, f := range files {
		if _, err := os.Stat(f); err != nil {
			return nil, "", nil, fmt.Errorf("cannot read %s: %w", f, unwrapPathError(err))
		}
		if abs[i], err = filepath.Abs(realFile(f)); err != nil {
			return nil, "", nil, fmt.Errorf("cannot read %s: %w", f, err)
		}
		relative = relative && !filepath.IsAbs(f)
	}
	root := commonFolder(abs)
	names := make([]string, len(abs))
	for i, a := range abs {
		rel, err := filepath.Rel(root, a)
		if err != nil {
			return nil, "", nil, fmt.Errorf("cannot read %s: %w", files[i], err)
		}
		names[i] = filepath.ToSlash(rel)
	}
	base = root
	if wd, err := os.Getwd(); err == nil && relative {
		if rel, err := filepath.Rel(wd, root); err == nil {
			base = rel
		}
	}
	b, diags = book.LoadFilesWith(book.DirFS(root), names, opt)
	return b, base, diags, nil
}

// realFile is the file a symbolic link leads to, or the file itself.
func realFile(name string) string {
	if li, err := os.Lstat(name); err == nil && li.Mode()&os.ModeSymlink != 0 {
		if real, err := filepath.EvalSymlinks(name); err == nil {
			return real
		}
	}
	return name
}

// commonFolder is the deepest folder that holds every one of the files
// (absolute, clean paths).
func commonFolder(files []string) string {
	root := filepath.Dir(files[0])
	for _, f := range files[1:] {
		for !within(root, f) {
			root = filepath.Dir(root)
		}
	}
	return root
}

// within says whether the file f is inside the folder dir.
func within(dir, f string) bool {
	rel, err := filepath.Rel(dir, f)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
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
