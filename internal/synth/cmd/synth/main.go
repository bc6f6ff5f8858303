// Command synth writes a synthetic Quire book folder:
//
//	go run ./internal/synth/cmd/synth -size small -o /tmp/small-book
//
// -size is small (10 chapters, 20,000 words), medium (100, 400,000) or
// large (400, 2,000,000); -chapters and -words override the size's counts,
// -seed its seed.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/quire-books/quire/internal/synth"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var names []string
	for n := range synth.Sizes {
		names = append(names, n)
	}
	sort.Strings(names)
	size := fs.String("size", "small", "book size: "+strings.Join(names, ", "))
	out := fs.String("o", "", "output `DIR` (required)")
	chapters := fs.Int("chapters", 0, "number of chapters (overrides -size)")
	words := fs.Int("words", 0, "words per chapter (overrides -size)")
	seed := fs.Uint64("seed", 0, "generator seed (0: the size's seed)")
	title := fs.String("title", "", "book title (default: the size's title)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opt, ok := synth.Sizes[strings.ToLower(*size)]
	if !ok || *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: synth -size small|medium|large -o DIR [-chapters N] [-words N] [-seed N] [-title T]")
		return 2
	}
	if *chapters > 0 {
		opt.Chapters = *chapters
	}
	if *words > 0 {
		opt.WordsPerChapter = *words
	}
	if *seed != 0 {
		opt.Seed = *seed
	}
	if *title != "" {
		opt.Title = *title
	}
	if err := synth.Write(*out, opt); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s: %d chapters of about %d words\n", *out, opt.Chapters, opt.WordsPerChapter)
	return 0
}
