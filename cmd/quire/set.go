package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/quire-books/quire/book"
)

// setFlag collects repeated --set key=value options, checking each as it
// comes so that a malformed one is a usage error.
type setFlag []string

func (s *setFlag) String() string { return strings.Join(*s, " ") }

func (s *setFlag) Set(v string) error {
	if _, err := book.ParseOverride(v); err != nil {
		return fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "--set "+v+": "))
	}
	*s = append(*s, v)
	return nil
}

func addSetFlag(fs *flag.FlagSet, s *setFlag) {
	fs.Var(s, "set", "override a book.yaml setting (also of an mdBook book.toml, a metadata.yaml\nor front matter): `KEY=VALUE`, dotted for nested keys (pdf.page-size=Letter);\nrepeatable, later ones win")
}

// printSettings lists the settings --set takes, wrapped to the terminal's
// usual width; the list comes from the manifest's own key tables.
func printSettings(w io.Writer) {
	fmt.Fprint(w, "\nSettings for --set (the manual's Settings chapter, docs/src/settings.md, describes each):\n")
	line := " "
	for _, k := range book.Settings() {
		if len(line)+1+len(k) > 76 {
			fmt.Fprintln(w, line)
			line = " "
		}
		line += " " + k
	}
	fmt.Fprintln(w, line)
	fmt.Fprint(w, `Keys inside them are dotted too: pdf.margins.inner, pdf.font.bold.
The value is read as YAML: --set toc-depth=3, --set pdf.two-sided=true,
--set 'authors=[Ada Lovelace, Grace Hopper]', --set 'title=Part: Two'
(text that is not a YAML value is taken as a string). An override is
checked as the file would be; its problems are reported as
"--set KEY=VALUE: error: …".
`)
}
