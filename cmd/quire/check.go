package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/quire-books/quire/book"
)

const checkUsage = `Usage: quire check [SOURCE] [--json] [--set KEY=VALUE]...

Reads and checks the book in SOURCE (a folder with a book.yaml, or one
Markdown file with YAML front matter; default ".") as 'quire build' does,
and reports every problem without writing anything. It checks the source:
the manifest, the chapters, links, images, the cover and fonts; it does not
lay out the pages.

Each problem is one line on stdout, "file:line:col: severity: message", the
file relative to the current folder as SOURCE is: all the errors first,
then all the warnings, each group sorted by file, line and column. A line
or column that is not known is left out. A count goes to stderr.

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
whose file is SOURCE.

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
	_, base, diags, err := loadBook(source, set...)
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
		printDiagnostics(stdout, base, diags)
	}
	errs, warns := diags.Count()
	if !*asJSON {
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
