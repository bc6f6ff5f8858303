package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/quire-books/quire/preview"
	"github.com/quire-books/quire/shape"
)

const watchUsage = `Usage: quire watch [SOURCE] [-o DIR] [--format epub,pdf] [--set KEY=VALUE]...

Builds the book in SOURCE (a book folder or one Markdown file; default ".")
as 'quire build' does, then again whenever a file of the book folder
changes (book.yaml, chapters, images, fonts, new subfolders too), until
Ctrl-C. A burst of saves is one rebuild, a rebuild never starts while
another runs, and a save that changed no file's contents is not rebuilt.

Each rebuild writes DIR/<slug>.epub and DIR/<slug>.pdf as 'quire build'
does: to temporary files renamed into place only when every edition was
written, so a failed rebuild leaves the last good editions as they were.
As with 'quire build', --format epub alone does not lay out the PDF (the
EPUB then has no print page list), which makes each rebuild faster.
Each prints one line, "15:04:05 ok   build/x.epub build/x.pdf (0.9 s;
intro.md changed)" on stdout or "15:04:05 FAIL 2 errors; …" on stderr,
then its diagnostics on stderr.

Ignored: the output folder, editor temporary files (.swp, ~, 4913, .#…),
.epub and .pdf files and version-control folders (.git…).

Options:
`

const watchFooter = `
Environment:
  SOURCE_DATE_EPOCH  build date, as for 'quire build'; default: the time
                     of each rebuild.

Ctrl-C or SIGTERM stops watching with exit status 130; a rebuild in
progress is abandoned, its temporary files removed, and the editions are
left as the last good rebuild wrote them. A usage error is exit status 2,
a SOURCE that cannot be read 1.
`

func runWatch(args []string, stdout, stderr io.Writer) int {
	bf := buildFlags{fonts: &shape.System{}}
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := addEditionFlags(fs, &bf)
	addSetFlag(fs, &bf.set)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), watchUsage)
		fs.PrintDefaults()
		fmt.Fprint(fs.Output(), watchFooter)
	}
	source, code, ok := parseArgs(fs, "watch", args, stderr)
	if !ok {
		return code
	}
	formats, err := parseFormats(*format)
	if err != nil {
		fmt.Fprintf(stderr, "quire watch: %v\n", err)
		return exitUsage
	}
	bf.formats, bf.sources = formats, []string{source}
	if _, err := buildDate(); err != nil {
		fmt.Fprintf(stderr, "quire watch: %v\n", err)
		return exitUsage
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	wb := &watchBuild{bf: bf}
	// Ctrl-C removes the temporary files of a rebuild in progress and
	// exits 130, as 'quire build' does.
	defer onInterrupt(func(sig os.Signal) bool {
		wb.abandon()
		fmt.Fprintf(stderr, "quire watch: stopped (%v); the editions are as the last good rebuild wrote them\n", sig)
		return true
	})()
	return watch(ctx, wb, stdout, stderr, nil)
}

// watch rebuilds until ctx is done. started, when not nil, is told when
// the folder is watched (the first rebuild is then under way).
func watch(ctx context.Context, wb *watchBuild, stdout, stderr io.Writer, started func()) int {
	source := wb.bf.sources[0]
	root, err := bookRoot(source)
	if err != nil {
		fmt.Fprintf(stderr, "quire watch: %v\n", err)
		return exitBook
	}
	out, err := filepath.Abs(wb.bf.out)
	if err != nil {
		fmt.Fprintf(stderr, "quire watch: %v\n", err)
		return exitUsage
	}
	wb.log = &rebuildLog{stdout: stdout, stderr: stderr, root: root, shownRoot: shownRoot(source, root)}
	w := &preview.Watcher{
		Root:   root,
		Ignore: preview.Ignore{Out: []string{out}},
		Build:  wb.rebuild,
		Warn:   func(err error) { fmt.Fprintf(stderr, "quire watch: %v\n", err) },
	}
	if started != nil {
		w.Build = func(changed []string) []string {
			if changed == nil {
				started()
			}
			return wb.rebuild(changed)
		}
	}
	fmt.Fprintf(stdout, "quire watch: watching %s, writing to %s (Ctrl-C to stop)\n", source, wb.bf.out)
	if err := w.Run(ctx); err != nil {
		fmt.Fprintf(stderr, "quire watch: %v\n", err)
		return exitBook
	}
	return exitInterrupted
}

// watchBuild is one rebuild of 'quire watch': 'quire build' for one book.
type watchBuild struct {
	bf  buildFlags
	log *rebuildLog

	mu    sync.Mutex
	temps *tempFiles // of the rebuild writing its editions, or nil
}

func (wb *watchBuild) rebuild(changed []string) []string {
	start := time.Now()
	source := wb.bf.sources[0]
	date, err := buildDate()
	if err != nil { // checked at the start; the environment does not change
		date = time.Now().UTC().Truncate(time.Second)
	}
	b, base, diags, err := loadBook(source, wb.bf.set...)
	if err != nil {
		wb.log.fail(err.Error(), changed)
		return nil
	}
	inputs := []string(nil)
	if b != nil {
		inputs = sourceFiles(b, base, source)
	}
	if b == nil || diags.HasErrors() {
		wb.log.fail(countErrors(diags)+"; nothing written", changed)
		printDiagnostics(wb.log.stderr, base, diags)
		return inputs
	}
	temps := &tempFiles{}
	wb.mu.Lock()
	wb.temps = temps
	wb.mu.Unlock()
	written, err := buildEditions(b, base, source, wb.bf, date, temps)
	wb.mu.Lock()
	wb.temps = nil
	wb.mu.Unlock()
	if err != nil {
		wb.log.fail(err.Error(), changed)
	} else {
		var paths []string
		for _, w := range written {
			paths = append(paths, w.path)
		}
		wb.log.ok(strings.Join(paths, " "), time.Since(start), changed)
	}
	printDiagnostics(wb.log.stderr, base, diags)
	return inputs
}

// abandon removes the temporary files of a rebuild in progress and keeps
// it from renaming any into place; the process is about to exit.
func (wb *watchBuild) abandon() {
	wb.mu.Lock()
	t := wb.temps
	wb.mu.Unlock()
	if t == nil {
		return
	}
	t.mu.Lock() // held until exit: no rename starts
	if !t.committed {
		t.removeLocked()
	}
}

// bookRoot is the folder a book reads: SOURCE, or a one-file book's
// folder.
func bookRoot(source string) (string, error) {
	info, err := os.Stat(source)
	if err != nil {
		return "", fmt.Errorf("cannot read %s: %w", source, unwrapPathError(err))
	}
	if info.IsDir() {
		return source, nil
	}
	return filepath.Dir(realFile(source)), nil
}

// shownRoot is the book folder as the user named it, for file names in
// messages.
func shownRoot(source, root string) string {
	if info, err := os.Stat(source); err == nil && !info.IsDir() {
		return filepath.Dir(source)
	}
	return root
}

// rebuildLog prints one line per rebuild of 'quire watch' and 'quire
// serve': "15:04:05 ok   WHAT (0.9 s; intro.md changed)" on stdout, or
// "15:04:05 FAIL WHY (intro.md changed)" on stderr.
type rebuildLog struct {
	stdout, stderr  io.Writer
	root, shownRoot string
	now             func() time.Time // nil: time.Now
}

func (l *rebuildLog) clock() string {
	now := time.Now
	if l.now != nil {
		now = l.now
	}
	return now().Format("15:04:05")
}

func (l *rebuildLog) ok(what string, took time.Duration, changed []string) {
	cause := ""
	if c := l.cause(changed); c != "" {
		cause = "; " + c
	}
	fmt.Fprintf(l.stdout, "%s ok   %s (%.1f s%s)\n", l.clock(), what, took.Seconds(), cause)
}

func (l *rebuildLog) fail(why string, changed []string) {
	cause := ""
	if c := l.cause(changed); c != "" {
		cause = " (" + c + ")"
	}
	fmt.Fprintf(l.stderr, "%s FAIL %s%s\n", l.clock(), why, cause)
}

// cause names the changed files: "intro.md changed", "intro.md and 2
// more changed"; "" for the first build.
func (l *rebuildLog) cause(changed []string) string {
	shown := l.shown(changed)
	switch len(shown) {
	case 0:
		return ""
	case 1:
		return shown[0] + " changed"
	}
	return fmt.Sprintf("%s and %d more changed", shown[0], len(shown)-1)
}

// shown is the changed paths as the user sees them: relative to the
// folder they named. Paths that are gone are left out when others are not:
// they are mostly an editor's or a tool's temporary files, renamed onto a
// file of the book ('sed -i' writes ./sedXXXXXX).
func (l *rebuildLog) shown(changed []string) []string {
	if changed == nil {
		return nil
	}
	var present []string
	for _, p := range changed {
		if _, err := os.Lstat(p); err == nil {
			present = append(present, p)
		}
	}
	if len(present) > 0 {
		changed = present
	}
	root, err := filepath.Abs(l.root)
	if real, rerr := filepath.EvalSymlinks(root); rerr == nil {
		root = real // the watcher names changes by their real paths
	}
	out := make([]string, 0, len(changed))
	for _, p := range changed {
		rel, rerr := filepath.Rel(root, p)
		if err != nil || rerr != nil || strings.HasPrefix(rel, "..") {
			out = append(out, p)
			continue
		}
		if rel == "." {
			out = append(out, l.shownRoot)
			continue
		}
		out = append(out, displayName(l.shownRoot, filepath.ToSlash(rel)))
	}
	return out
}
