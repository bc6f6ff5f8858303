package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/quire-books/quire/book"
)

// bookJob is one book of a batch build.
type bookJob struct {
	source  string
	b       *book.Book
	base    string
	diags   book.Diagnostics
	err     error // the book could not be read, or an edition not written
	written []writtenFile
	temps   *tempFiles
	log     *reporter    // the book's stages, into lines
	lines   bytes.Buffer // printed after the book's result line
	start   time.Time
	elapsed time.Duration
	done    chan struct{}
}

// runBatch builds several books at once, at most one per CPU, into the one
// output folder, and prints one result line per book in the order given:
//
//	ok   book1 -> build/a.epub build/a.pdf (1.2 s)
//	FAIL book2: 3 errors
//
// each followed by that book's diagnostics. Two books with the same slug
// would write the same files: that is refused before anything is built.
func runBatch(bf buildFlags, date time.Time, stdout, stderr io.Writer) int {
	jobs := make([]*bookJob, len(bf.sources))
	for i, src := range bf.sources {
		jobs[i] = &bookJob{source: src, temps: &tempFiles{}, done: make(chan struct{})}
		// A book's stage lines, with --verbose, follow its result line.
		level := quietOutput
		if bf.verbose {
			level = verboseOutput
		}
		jobs[i].log = newReporter(&jobs[i].lines, "quire build: "+src, level, false)
	}
	defer removeOnSignal(jobs, stderr)()
	limit := make(chan struct{}, runtime.NumCPU())
	// On a terminal, one bar of the books done; each book's lines are
	// printed above it as the book is done.
	rep := newReporter(stderr, "quire build", bf.verbosity(), isTerminal(stderr))
	rep.beginAfter(0, "books", "books", len(jobs))
	defer rep.end()

	// Load every book first: the slugs must be known before anything is written.
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			limit <- struct{}{}
			defer func() { <-limit }()
			j.start = time.Now()
			j.log.begin("reading", "chapters", 0)
			j.b, j.base, j.diags, j.err = loadBook(j.source, bf.set...)
			if j.err == nil && !j.diags.HasErrors() {
				j.log.done("%s", readSummary(j.b, j.base, bf.verbose))
			}
			j.elapsed = time.Since(j.start)
		}()
	}
	wg.Wait()
	if msg := sameSlugs(jobs, bf.out); msg != "" {
		fmt.Fprintf(stderr, "quire build: %s; nothing written\n", msg)
		return exitBook
	}

	for _, j := range jobs {
		if j.err != nil || j.diags.HasErrors() {
			close(j.done)
			continue
		}
		go func() {
			defer close(j.done)
			limit <- struct{}{}
			defer func() { <-limit }()
			start := time.Now()
			j.written, j.err = buildEditionsWith(j.b, j.base, j.source, bf, date, j.temps, j.log)
			j.elapsed += time.Since(start)
		}()
	}

	failed := 0
	for i, j := range jobs {
		<-j.done
		if !report(j, rep.above(stdout), rep.above(stderr), bf.quiet) {
			failed++
		}
		rep.count(i+1, len(jobs))
	}
	rep.end()
	if failed > 0 {
		fmt.Fprintf(stderr, "quire build: %d of %d books failed\n", failed, len(jobs))
		return exitBook
	}
	return exitOK
}

// report prints a job's result line and its diagnostics, and says whether
// it succeeded. Successes go to stdout, failures and diagnostics to stderr,
// each book's lines together; with --verbose its stage lines follow. With
// --quiet, only the failures and their errors are printed.
func report(j *bookJob, stdout, stderr io.Writer, quiet bool) bool {
	var diag bytes.Buffer
	printDiagnostics(&diag, j.base, shown(j.diags, quiet))
	diag.Write(j.lines.Bytes())
	switch {
	case j.err != nil && j.b == nil:
		fmt.Fprintf(stderr, "FAIL %s: %v\n", j.source, j.err)
	case j.diags.HasErrors():
		fmt.Fprintf(stderr, "FAIL %s: %s\n", j.source, countErrors(j.diags))
	case j.err != nil:
		fmt.Fprintf(stderr, "FAIL %s: %v\n", j.source, j.err)
	default:
		var paths []string
		for _, w := range j.written {
			paths = append(paths, w.path)
		}
		if !quiet {
			fmt.Fprintf(stdout, "ok   %s -> %s (%.1f s)\n", j.source, strings.Join(paths, " "), j.elapsed.Seconds())
		}
		stderr.Write(diag.Bytes()) // warnings
		return true
	}
	stderr.Write(diag.Bytes())
	return false
}

// sameSlugs names the books that would write the same files, or is "".
func sameSlugs(jobs []*bookJob, out string) string {
	bySlug := map[string][]string{}
	for _, j := range jobs {
		if j.b != nil && !j.diags.HasErrors() {
			bySlug[j.b.Meta.Slug] = append(bySlug[j.b.Meta.Slug], j.source)
		}
	}
	var clashes []string
	for slug, srcs := range bySlug {
		if len(srcs) > 1 {
			clashes = append(clashes, fmt.Sprintf("%s have the same slug %q (both would write %s.*)",
				strings.Join(srcs, " and "), slug, displayName(out, slug)))
		}
	}
	if len(clashes) == 0 {
		return ""
	}
	sort.Strings(clashes)
	return strings.Join(clashes, "; ") + `: give each book its own "slug:" in book.yaml`
}

// removeOnSignal is tempFiles.removeOnSignal for a batch: Ctrl-C or
// SIGTERM removes the temporary files of every book not yet written and
// exits 130; books already written keep their new editions.
func removeOnSignal(jobs []*bookJob, stderr io.Writer) func() {
	return onInterrupt(func(sig os.Signal) bool {
		for _, j := range jobs {
			j.temps.mu.Lock() // wait for renames in progress, and keep them from starting
			if !j.temps.committed {
				j.temps.removeLocked()
			}
		}
		fmt.Fprintf(stderr, "quire build: interrupted (%v); the books not yet written are unchanged\n", sig)
		return true
	})
}
