// Command typeset-report measures the typesetting of PDF files (overfull
// words, loose justified lines, widows, orphans, headings at the foot of a
// page) and prints one row per file:
//
//	go run ./internal/measure/cmd/typeset-report [-v] [-block LEFT,RIGHT] FILE.pdf...
//
// It needs poppler's pdftotext. -v lists the worst overfull words and page
// breaks under the table.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/quire-books/quire/internal/measure"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("typeset-report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "list the worst overfull words and page breaks")
	block := fs.String("block", "", "text block as `LEFT,RIGHT` in points (default: inferred)")
	worst := fs.Int("worst", 10, "how many offenders -v lists")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: typeset-report [-v] [-block LEFT,RIGHT] FILE.pdf...")
		return 2
	}
	opt := measure.Options{Worst: *worst}
	if *block != "" {
		b, err := parseBlock(*block)
		if err != nil {
			fmt.Fprintf(stderr, "typeset-report: -block: %v\n", err)
			return 2
		}
		opt.Block = b
	}
	var reports []measure.Report
	status := 0
	for _, f := range fs.Args() {
		r, err := measure.Analyze(f, opt)
		if err != nil {
			fmt.Fprintln(stderr, "typeset-report:", err)
			status = 1
			continue
		}
		reports = append(reports, r)
	}
	measure.WriteTable(stdout, reports, *verbose)
	return status
}

func parseBlock(s string) (measure.Block, error) {
	l, r, ok := strings.Cut(s, ",")
	if !ok {
		return measure.Block{}, fmt.Errorf("want LEFT,RIGHT, got %q", s)
	}
	left, err1 := strconv.ParseFloat(strings.TrimSpace(l), 64)
	right, err2 := strconv.ParseFloat(strings.TrimSpace(r), 64)
	if err1 != nil || err2 != nil || right <= left {
		return measure.Block{}, fmt.Errorf("want two numbers LEFT < RIGHT, got %q", s)
	}
	return measure.Block{Left: left, Right: right}, nil
}
