package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/quire-books/quire/scaffold"
)

const initUsage = `Usage: quire init [DIR]

Starts a new book in DIR (default "."), creating the folder if needed:
book.yaml with every setting explained in comments, two chapters that show
the Markdown Quire understands (headings, emphasis, a footnote, a table,
code, a list, links between chapters, a page reference, a figure), the
figure in images/, and a .gitignore for the build/ folder.

It never overwrites: when any of these files exists, it names them, writes
nothing and exits with status 1.
`

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("init", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), initUsage)
	}
	dir, code, ok := parseArgs(fs, "init", args, stderr)
	if !ok {
		return code
	}
	written, err := scaffold.Write(dir)
	var ee *scaffold.ExistsError
	if errors.As(err, &ee) {
		fmt.Fprintf(stderr, "quire init: %s already has these files, which a new book would overwrite; nothing written:\n", dir)
		for _, p := range ee.Paths {
			fmt.Fprintf(stderr, "  %s\n", displayName(dir, p))
		}
		return exitBook
	}
	if err != nil {
		fmt.Fprintf(stderr, "quire init: %v\n", unwrapPathError(err))
		return exitBook
	}
	for _, p := range written {
		fmt.Fprintf(stdout, "created %s\n", displayName(dir, p))
	}
	next := "quire build"
	if dir != "." {
		next += " " + shellQuote(dir)
	}
	fmt.Fprintf(stdout, "\nNext: edit book.yaml and the chapters, then run\n\n  %s\n", next)
	return exitOK
}

// shellQuote quotes a path for a POSIX shell when it needs quoting.
func shellQuote(s string) string {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '/' || r == '.' || r == '-' || r == '_') {
			return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
		}
	}
	return s
}
