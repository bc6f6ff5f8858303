package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// edition is one output format to write.
type edition struct {
	ext   string // ".epub"
	name  string // "EPUB"
	write func(io.Writer) error
}

type writtenFile struct {
	path string
	size int64
}

// writeEditions writes every edition to a temporary file beside its target
// and renames them into place only when all of them were written: a failed
// or interrupted build leaves no partial file and keeps earlier editions.
func writeEditions(dir, slug string, eds []edition) ([]writtenFile, error) {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return nil, fmt.Errorf("output folder %s is a file", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create output folder: %w", err)
	}
	temps := &tempFiles{}
	stop := temps.removeOnSignal()
	defer stop()
	defer temps.removeAll()

	var out []writtenFile
	for _, ed := range eds {
		target := filepath.Join(dir, slug+ed.ext)
		if info, err := os.Stat(target); err == nil && info.IsDir() {
			return nil, fmt.Errorf("cannot write %s: it is a folder", target)
		}
		f, err := os.CreateTemp(dir, "."+slug+ed.ext+".tmp-*")
		if err != nil {
			return nil, fmt.Errorf("cannot write the %s: %w", ed.name, err)
		}
		temps.add(f.Name())
		size, err := writeTo(f, ed)
		if err != nil {
			return nil, fmt.Errorf("writing the %s: %w", ed.name, err)
		}
		out = append(out, writtenFile{path: target, size: size})
	}
	for i, ed := range eds {
		if err := os.Rename(temps.names[i], out[i].path); err != nil {
			return nil, fmt.Errorf("cannot write the %s: %w", ed.name, err)
		}
		temps.names[i] = ""
	}
	return out, nil
}

// writeTo runs one renderer into f, turning a renderer panic into an error.
func writeTo(f *os.File, ed edition) (size int64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
		if cerr := f.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<16)
	cw := &countWriter{w: bw}
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

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// tempFiles tracks the temporary files of a build so that they are removed
// on failure and on Ctrl-C.
type tempFiles struct {
	mu    sync.Mutex
	names []string
}

func (t *tempFiles) add(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.names = append(t.names, name)
}

func (t *tempFiles) removeAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, n := range t.names {
		if n != "" {
			os.Remove(n)
		}
	}
}

// removeOnSignal removes the temporary files and exits when the build is
// interrupted; the returned func stops watching.
func (t *tempFiles) removeOnSignal() func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			t.removeAll()
			os.Exit(130)
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
