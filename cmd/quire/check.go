package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/quire-books/quire/book"
)

const checkUsage = `Usage: quire check [SOURCE] [--json] [--set KEY=VALUE]... [--quiet | --verbose]

Reads and checks the book in SOURCE (a folder with a book.yaml, or one
Markdown file with YAML front matter; default ".") as 'quire build' does,
and reports every problem without writing anything. It checks the source:
the manifest, the chapters, links, images, the cover and fonts; it does not
lay out the pages.

Each problem is one line on stdout, "file:line:col: severity: message", the
file relative to the current folder as SOURCE is: all the errors first,
then all the warnings, each group sorted by file, line and column. A line
or column that is not known is left out. A count goes to stderr.
--quiet prints only the errors, and no count; --verbose adds how many
chapters were read and how long it took. On a terminal, a long check shows
the chapters read as it goes.

Options:
`

const checkFooter = `
With --json, stdout is one JSON array (empty when the book is clean), in
the same order, of objects with these fields:
  "file"      string  the file, as in the text form
  "line"      number  1-based line, 0 when not known
  "column"    number  1-based column in characters, 0 when not known
  "severity"  string  "error" or "warning"
  "message"   string  what is wrong, naming the file, key or image
A SOURCE that cannot be read at all is reported the same way, as an error
whose file is SOURCE. --quiet and --verbose do not change the JSON, which
always lists every problem.

Exit status: 0 no errors (warnings allowed), 1 the book has errors,
2 a usage error.
`

// jsonDiagnostic is the --json form of one diagnostic; the field names are
// a stable interface for editors and CI.
type jsonDiagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the problems as a JSON array")
	var set setFlag
	addSetFlag(fs, &set)
	var quiet, verbose bool
	addVerbosityFlags(fs, &quiet, &verbose)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), checkUsage)
		fs.PrintDefaults()
		printSettings(fs.Output())
		fmt.Fprint(fs.Output(), checkFooter)
	}
	source, code, ok := parseArgs(fs, "check", args, stderr)
	if !ok {
		return code
	}
	level := normalOutput
	switch {
	case quiet && verbose:
		fmt.Fprintln(stderr, "quire check: --quiet and --verbose cannot go together")
		return exitUsage
	case quiet:
		level = quietOutput
	case verbose:
		level = verboseOutput
	}
	rep := newReporter(stderr, "quire check", level, isTerminal(stderr))
	rep.lines = verbose // the count line is check's report; the stage line only with --verbose
	rep.begin("reading", "chapters", 0)
	b, base, diags, err := loadBookWith(source, book.LoadOptions{Overrides: set, Progress: rep.count})
	if err == nil {
		rep.done("%s", readSummary(b, base, verbose))
	}
	rep.end()
	if err != nil {
		diags = book.Diagnostics{{Pos: book.Pos{File: source}, Severity: book.Error, Message: err.Error()}}
		base = ""
	}
	diags = diags.Grouped()
	if *asJSON {
		out := make([]jsonDiagnostic, 0, len(diags))
		for _, d := range diags {
			out = append(out, jsonDiagnostic{
				File: displayName(base, d.Pos.File), Line: d.Pos.Line, Column: d.Pos.Col,
				Severity: d.Severity.String(), Message: d.Message,
			})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "quire check: %v\n", err)
			return exitBook
		}
	} else {
		printDiagnostics(stdout, base, shown(diags, quiet))
	}
	errs, warns := diags.Count()
	if !*asJSON && !quiet {
		fmt.Fprintf(stderr, "quire check: %s, %s\n", plural(errs, "error"), plural(warns, "warning"))
	}
	if errs > 0 {
		return exitBook
	}
	return exitOK
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
