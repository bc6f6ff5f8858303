// Command conformance runs the validators on built editions and prints
// their counts: EPUBCheck and Ace for .epub files; qpdf --check, pdffonts
// and pdfinfo for .pdf files. It exits 1 when any check fails or a
// validator is missing. .ci/run uses it on the sample book that `make book`
// builds.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/quire-books/quire/internal/validate"
)

func main() {
	failed := false
	fail := func(format string, args ...any) {
		fmt.Printf("FAIL "+format+"\n", args...)
		failed = true
	}
	for _, p := range os.Args[1:] {
		switch strings.ToLower(filepath.Ext(p)) {
		case ".epub":
			if !validate.Available("epubcheck") {
				fail("%s: EPUBCheck is not installed", p)
			} else if r, err := validate.EPUBCheck(p); err != nil {
				fail("%s: %v", p, err)
			} else {
				fmt.Printf("%s: EPUBCheck %d fatal, %d errors, %d warnings\n", p, r.Fatal, r.Errors, r.Warnings)
				if r.Fatal+r.Errors+r.Warnings > 0 {
					fail("%s:\n%s", p, strings.Join(r.Messages, "\n"))
				}
			}
			if !validate.Available("ace") {
				fail("%s: Ace is not installed", p)
			} else if v, err := validate.Ace(p); err != nil {
				fail("%s: %v", p, err)
			} else {
				fmt.Printf("%s: Ace %d violations\n", p, len(v))
				if len(v) > 0 {
					fail("%s:\n%s", p, strings.Join(v, "\n"))
				}
			}
		case ".pdf":
			if out, err := validate.QPDFCheck(p); err != nil {
				fail("%s: %v", p, err)
			} else {
				fmt.Printf("%s: qpdf --check: no syntax or stream errors (%d lines of output, no warnings)\n", p, strings.Count(out, "\n"))
			}
			fonts, err := validate.PDFFonts(p)
			if err != nil {
				fail("%s: %v", p, err)
				break
			}
			embedded := 0
			for _, f := range fonts {
				if f.Embedded {
					embedded++
				} else {
					fail("%s: font %s is not embedded", p, f.Name)
				}
			}
			fmt.Printf("%s: pdffonts %d fonts, %d embedded\n", p, len(fonts), embedded)
			if info, err := validate.PDFInfo(p); err != nil {
				fail("%s: %v", p, err)
			} else {
				fmt.Printf("%s: pdfinfo Title %q, Author %q, %s pages\n", p, info["Title"], info["Author"], info["Pages"])
			}
		default:
			fail("%s: not an .epub or .pdf file", p)
		}
	}
	if failed {
		os.Exit(1)
	}
}
