// Command scriptcheck measures how a PDF sets its book's scripts (issue 12):
// .notdef glyphs, in-order recall of the source's words (clauses for
// Chinese and Japanese), hyphens between CJK characters, CJK lines starting
// with a mark that must not start a line, kerned pairs and ligatures. It
// prints a Markdown table; with -strict it exits 1 when a PDF misses an
// acceptance threshold.
//
//	scriptcheck [-strict] BOOKDIR PDF [BOOKDIR PDF …]
//	scriptcheck [-strict] -corpus [-o OUTDIR]   build the corpus with Quire and measure it
//
// It needs mutool (mupdf-tools) and pdftotext (poppler-utils).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/quire-books/quire/internal/scripts"
)

func main() {
	strict := flag.Bool("strict", false, "exit 1 when any PDF misses an acceptance threshold")
	corpus := flag.Bool("corpus", false, "build every corpus book (internal/scripts/testdata) with Quire and measure it")
	out := flag.String("o", "", "with -corpus: where to build (default: a temporary folder)")
	engine := flag.String("engine", "quire", "the engine name to show for PDFs given on the command line")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: scriptcheck [-strict] BOOKDIR PDF [BOOKDIR PDF …]\n       scriptcheck [-strict] -corpus [-o OUTDIR]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := scripts.Tools(); err != nil {
		fmt.Fprintln(os.Stderr, "scriptcheck:", err)
		os.Exit(2)
	}
	var results []scripts.Result
	switch {
	case *corpus:
		dir := *out
		if dir == "" {
			tmp, err := os.MkdirTemp("", "scriptcheck-")
			if err != nil {
				fmt.Fprintln(os.Stderr, "scriptcheck:", err)
				os.Exit(2)
			}
			defer os.RemoveAll(tmp)
			dir = tmp
		}
		bin, err := scripts.BuildQuireBinary(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "scriptcheck:", err)
			os.Exit(2)
		}
		for _, name := range scripts.CorpusBooks {
			bookDir := filepath.Join(scripts.CorpusDir(), name)
			results = append(results, measure(name, "quire", bookDir, func(src *scripts.Source) (string, error) {
				return scripts.BuildWithQuire(bin, bookDir, filepath.Join(dir, name), src)
			}))
		}
	default:
		args := flag.Args()
		if len(args) == 0 || len(args)%2 != 0 {
			flag.Usage()
			os.Exit(2)
		}
		for i := 0; i < len(args); i += 2 {
			pdf := args[i+1]
			results = append(results, measure(filepath.Base(args[i]), *engine, args[i], func(*scripts.Source) (string, error) { return pdf, nil }))
		}
	}
	fmt.Print(scripts.Table(results))
	if *strict {
		for _, r := range results {
			if !r.OK() {
				os.Exit(1)
			}
		}
	}
}

func measure(name, engine, bookDir string, pdf func(*scripts.Source) (string, error)) scripts.Result {
	src, err := scripts.LoadSource(bookDir)
	if err != nil {
		return scripts.Result{Book: name, Engine: engine, Err: err}
	}
	path, err := pdf(src)
	if err != nil {
		return scripts.Result{Book: name, Engine: engine, Language: src.Language, Err: err}
	}
	r := scripts.Measure(path, src)
	r.Book, r.Engine = name, engine
	return r
}
