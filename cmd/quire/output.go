package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/quire-books/quire/book"
)

// edition is one output format to write.
type edition struct {
	target string // DIR/<slug>.epub
	name   string // "EPUB"
	write  func(io.Writer) error
}

type writtenFile struct {
	path string
	size int64
	took time.Duration // to render and write it
}

// planOutput checks the output folder before the build does any work and
// returns the path of each format's edition. It refuses a folder that is a
// file or cannot be created, an edition path that is a folder, and an
// edition path that is one of the files the book reads (sources), which
// renaming the edition into place would destroy.
func planOutput(dir, slug string, formats []string, sources []string) ([]string, error) {
	if err := checkOutputDir(dir); err != nil {
		return nil, err
	}
	var targets []string
	for _, f := range formats {
		target := filepath.Join(dir, slug+"."+f)
		if info, err := os.Stat(target); err == nil && info.IsDir() {
			return nil, fmt.Errorf("cannot write %s: it is a folder", target)
		}
		if src := sameEntry(target, sources); src != "" {
			return nil, fmt.Errorf("the %s edition %s would replace %s, a file of the book: choose another -o folder", strings.ToUpper(f), target, src)
		}
		targets = append(targets, target)
	}
	return targets, nil
}

// checkOutputDir refuses an output folder that is a file or that sits
// under a file, without creating anything.
func checkOutputDir(dir string) error {
	for p := dir; ; p = filepath.Dir(p) {
		info, err := os.Stat(p)
		if err == nil {
			if info.IsDir() {
				return nil
			}
			if p == dir {
				return fmt.Errorf("output folder %s is a file", dir)
			}
			return fmt.Errorf("cannot create the output folder %s: %s is a file", dir, p)
		}
		if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
			return fmt.Errorf("cannot use the output folder %s: %w", dir, unwrapPathError(err))
		}
		if parent := filepath.Dir(p); parent == p {
			return nil
		}
	}
}

// sameEntry returns the source file that writing target would replace: the
// same directory entry, or the file a source symbolic link leads to. When
// nothing is at target, nothing can be replaced. Each source folder's links
// are resolved once, and a source's own links only when it is one.
func sameEntry(target string, sources []string) string {
	if _, err := os.Lstat(target); errors.Is(err, fs.ErrNotExist) {
		return "" // every source was read, so none of them is there
	}
	dirs := map[string]string{} // a folder → it with its links resolved, or ""
	entry := func(p string) (string, bool) {
		abs, err := filepath.Abs(p)
		if err != nil {
			return "", false
		}
		d := filepath.Dir(abs)
		real, seen := dirs[d]
		if !seen {
			if real, err = filepath.EvalSymlinks(d); err != nil {
				real = ""
			}
			dirs[d] = real
		}
		if real == "" {
			return "", false
		}
		return filepath.Join(real, filepath.Base(abs)), true
	}
	t, ok := entry(target)
	if !ok {
		return ""
	}
	for _, src := range sources {
		s, ok := entry(src)
		if ok && s == t {
			return src
		}
		if li, err := os.Lstat(src); err != nil || li.Mode()&fs.ModeSymlink == 0 {
			continue // not a link: its file is its entry, compared above
		}
		if real, err := filepath.EvalSymlinks(src); err == nil {
			if abs, err := filepath.Abs(real); err == nil && abs == t {
				return src
			}
		}
	}
	return ""
}

// sourceFiles lists the files a loaded book reads, as paths the CLI can
// open: the manifest (or the one-file book), chapters, images, cover and
// fonts.
func sourceFiles(b *book.Book, base, source string) []string {
	var out []string
	if info, err := os.Stat(source); err == nil && info.IsDir() {
		out = append(out, filepath.Join(base, book.ManifestName))
	}
	add := func(p string) { out = append(out, filepath.Join(base, filepath.FromSlash(p))) }
	for _, ch := range b.Chapters {
		add(ch.File)
	}
	for _, img := range b.Images {
		if img.Path != "" { // a cover Quire drew has no file
			add(img.Path)
		}
	}
	for _, fam := range []book.FontFamily{b.Meta.PDF.Font, b.Meta.PDF.MonoFont} {
		for _, f := range []*book.FontFile{fam.Regular, fam.Bold, fam.Italic, fam.BoldItalic} {
			if f != nil {
				add(f.Path)
			}
		}
	}
	return out
}

// writeEditions writes every edition to a temporary file beside its target
// and renames them into place only when all of them were written: a failed
// or interrupted build leaves no partial file and keeps earlier editions.
// onWrite, when not nil, is told each count of bytes written, as they are.
func writeEditions(eds []edition, temps *tempFiles, onWrite func(n int)) ([]writtenFile, error) {
	defer temps.removeAll()
	var out []writtenFile
	for _, ed := range eds {
		dir := filepath.Dir(ed.target)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("cannot create the output folder %s: %w", dir, unwrapPathError(err))
		}
		f, err := os.CreateTemp(dir, "."+filepath.Base(ed.target)+".tmp-*")
		if err != nil {
			return nil, fmt.Errorf("cannot write the %s in %s: %w", ed.name, dir, unwrapPathError(err))
		}
		temps.add(f.Name())
		start := time.Now()
		size, err := writeTo(f, ed, onWrite)
		if err != nil {
			return nil, fmt.Errorf("writing the %s: %w", ed.name, err)
		}
		out = append(out, writtenFile{path: ed.target, size: size, took: time.Since(start)})
	}
	// The renames run under the lock, so an interrupt waits for the set of
	// editions to be complete rather than leave a mix of old and new.
	temps.mu.Lock()
	defer temps.mu.Unlock()
	for i, ed := range eds {
		if err := os.Rename(temps.names[i], ed.target); err != nil {
			return nil, fmt.Errorf("cannot write the %s: %w", ed.name, err)
		}
		temps.names[i] = ""
	}
	temps.committed = true
	return out, nil
}

// writeTo runs one renderer into f, turning a renderer panic into an error.
func writeTo(f *os.File, ed edition, onWrite func(n int)) (size int64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
		if cerr := f.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<16)
	cw := &countWriter{w: bw, onWrite: onWrite}
	if err := ed.write(cw); err != nil {
		return 0, err
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	if err := f.Chmod(0o644); err != nil {
		return 0, err
	}
	return cw.n, f.Sync()
}

// countWriter counts the bytes written through it, and tells onWrite
// (when not nil) of each write.
type countWriter struct {
	w       io.Writer
	n       int64
	onWrite func(n int)
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	if c.onWrite != nil {
		c.onWrite(n)
	}
	return n, err
}

// tempFiles tracks the temporary files of a build so that they are removed
// on failure and on Ctrl-C.
type tempFiles struct {
	mu        sync.Mutex
	names     []string
	committed bool // every edition renamed into place
}

func (t *tempFiles) add(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.names = append(t.names, name)
}

func (t *tempFiles) removeAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.removeLocked()
}

func (t *tempFiles) removeLocked() {
	for i, n := range t.names {
		if n != "" {
			os.Remove(n)
			t.names[i] = ""
		}
	}
}

// removeOnSignal watches for Ctrl-C (SIGINT) and SIGTERM until the returned
// func is called: on one, it removes the temporary files and exits with
// status 130, leaving earlier editions as they were.
func (t *tempFiles) removeOnSignal(stderr io.Writer) func() {
	return onInterrupt(func(sig os.Signal) bool {
		t.mu.Lock() // wait for renames in progress
		if t.committed {
			t.mu.Unlock() // too late: the build is done and about to exit
			return false
		}
		t.removeLocked()
		fmt.Fprintf(stderr, "quire build: interrupted (%v); no edition changed\n", sig)
		return true
	})
}

// onInterrupt calls handle on the first SIGINT or SIGTERM until the
// returned func is called, and exits with status 130 when handle says so.
func onInterrupt(handle func(os.Signal) (exit bool)) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			if handle(sig) {
				os.Exit(exitInterrupted)
			}
		case <-done:
		}
	}()
	return func() { signal.Stop(ch); close(done) }
}

// buildDate is SOURCE_DATE_EPOCH when set, else now.
func buildDate() (time.Time, error) {
	s, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || s == "" {
		return time.Now().UTC().Truncate(time.Second), nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a whole number of seconds since 1970", s)
	}
	return time.Unix(n, 0).UTC(), nil
}
