// Command docgen writes the manual's settings reference,
// docs/src/settings.md, from book's settings table: the same table that
// the unknown-key warnings and `quire build --help` read, so the three
// cannot drift. Run it from anywhere in the module:
//
//	go run ./internal/docgen
//
// and commit the result; the package's tests fail while the file is stale.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/quire-books/quire/book"
)

// chapterPath is the reference's place, from the module root.
const chapterPath = "docs/src/settings.md"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "docgen:", err)
		os.Exit(1)
	}
}

func run() error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := render(&buf, book.SettingTable()); err != nil {
		return err
	}
	out := filepath.Join(root, filepath.FromSlash(chapterPath))
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// moduleRoot is the nearest folder at or above the working one that holds
// go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod at or above the working folder: run it inside the module")
		}
		dir = parent
	}
}

// render writes the chapter "Settings": one section per setting, the keys
// of a section (pdf.*) under a heading of their own, after the top-level
// keys, in the table's order.
func render(w io.Writer, table []book.Setting) error {
	var b strings.Builder
	b.WriteString(`# Settings

<!-- Generated from book/settings.go by ` + "`go run ./internal/docgen`" + `: do not edit. -->

A book's settings are the keys of its ` + "`book.yaml`" + ` (or of a one-file book's front
matter). Every one can also be given for one build on the command line, as
` + "`--set key=value`" + ` with the key dotted for a nested one
(` + "`--set pdf.page-size=Letter`" + `); ` + "`quire build --help`" + ` lists them. A key Quire
does not know gets a warning, with the nearest known key as a suggestion;
a wrong value is an error at its line.
`)
	var sections []book.Setting
	nested := func(key string) bool {
		for _, s := range sections {
			if strings.HasPrefix(key, s.Key+".") {
				return true
			}
		}
		return false
	}
	for _, s := range table {
		if s.Section() {
			sections = append(sections, s)
		}
	}
	for _, s := range table {
		if !s.Section() && !nested(s.Key) {
			section(&b, "##", s)
		}
	}
	for _, sec := range sections {
		fmt.Fprintf(&b, "\n## The %s section\n\n", sec.Key)
		facts(&b, sec)
		for _, s := range table {
			if strings.HasPrefix(s.Key, sec.Key+".") {
				section(&b, "###", s)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// section writes one setting under a heading of its key.
func section(b *strings.Builder, level string, s book.Setting) {
	fmt.Fprintf(b, "\n%s %s\n\n", level, s.Key)
	facts(b, s)
}

// facts writes a setting's type, default, aliases and description.
func facts(b *strings.Builder, s book.Setting) {
	fmt.Fprintf(b, "- Type: %s\n", s.Type)
	if s.Required {
		b.WriteString("- Default: none; every book must give it\n")
	} else {
		fmt.Fprintf(b, "- Default: %s\n", s.Default)
	}
	if len(s.Aliases) > 0 {
		q := make([]string, len(s.Aliases))
		for i, a := range s.Aliases {
			q[i] = "`" + a + "`"
		}
		fmt.Fprintf(b, "- Also written: %s\n", strings.Join(q, ", "))
	}
	fmt.Fprintf(b, "\n%s\n", s.Doc)
}
