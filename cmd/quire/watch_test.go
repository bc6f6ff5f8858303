package main

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// chapterText returns the text of one XHTML file of an EPUB on disk.
func chapterText(t *testing.T, epubPath, name string) string {
	t.Helper()
	zr, err := zip.OpenReader(epubPath)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == "EPUB/"+name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			data, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(data)
		}
	}
	t.Fatalf("%s has no %s", epubPath, name)
	return ""
}

// TestWatchRebuilds runs 'quire watch' with its output folder inside the
// book folder: each save rebuilds the editions (one line each), a broken
// save prints its errors and leaves the editions as they were, a fix
// rebuilds them, and writing the editions does not trigger a rebuild.
func TestWatchRebuilds(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dir := copyDir(t, "../../book/testdata/valid/features")
	out := filepath.Join(dir, "build")
	stdout, stderr := &lockedBuffer{}, &lockedBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	wb := &watchBuild{bf: buildFlags{out: out, formats: []string{"epub", "pdf"}, sources: []string{dir}}}
	go func() { done <- watch(ctx, wb, stdout, stderr, nil) }()
	defer func() {
		cancel()
		if code := <-done; code != exitInterrupted {
			t.Errorf("watch returned %d, want %d", code, exitInterrupted)
		}
	}()
	epubPath := filepath.Join(out, "features-of-quires-markdown.epub")
	pdfPath := filepath.Join(out, "features-of-quires-markdown.pdf")
	okLine := func(n int) {
		t.Helper()
		waitFor(t, 30*time.Second, "rebuild line", func() bool { return strings.Count(stdout.String(), " ok   ") >= n })
	}
	okLine(1)
	first := regexp.MustCompile(`(?m)^\d\d:\d\d:\d\d ok   ` + regexp.QuoteMeta(epubPath+" "+pdfPath) + ` \(\d+\.\d s\)$`)
	if !first.MatchString(stdout.String()) {
		t.Fatalf("first build line:\n%s", stdout)
	}

	blocks := filepath.Join(dir, "blocks.md")
	edit(t, blocks, func(s string) string { return strings.Replace(s, "Not in the TOC.", "Not in the TOC, rewritten.", 1) })
	okLine(2)
	if !strings.Contains(stdout.String(), "s; "+filepath.ToSlash(blocks)+" changed)\n") {
		t.Errorf("the rebuild line does not name the change:\n%s", stdout)
	}
	if !strings.Contains(chapterText(t, epubPath, "blocks.xhtml"), "Not in the TOC, rewritten.") {
		t.Error("the EPUB does not have the change")
	}
	goodEPUB, _ := os.ReadFile(epubPath)
	goodPDF, _ := os.ReadFile(pdfPath)

	edit(t, blocks, func(s string) string { return strings.Replace(s, "images/diagram.png", "images/gone.png", 1) })
	waitFor(t, 30*time.Second, "the failed rebuild", func() bool { return strings.Contains(stderr.String(), " FAIL ") })
	waitFor(t, 5*time.Second, "its diagnostic", func() bool {
		return regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(filepath.ToSlash(blocks)) + `:45:\d+: error: image "images/gone.png"`).MatchString(stderr.String())
	})
	if !regexp.MustCompile(`(?m)^\d\d:\d\d:\d\d FAIL 1 error; nothing written \(` + regexp.QuoteMeta(filepath.ToSlash(blocks)) + ` changed\)$`).MatchString(stderr.String()) {
		t.Errorf("FAIL line:\n%s", stderr)
	}
	if e, _ := os.ReadFile(epubPath); !bytes.Equal(e, goodEPUB) {
		t.Error("a failed rebuild changed the EPUB")
	}
	if p, _ := os.ReadFile(pdfPath); !bytes.Equal(p, goodPDF) {
		t.Error("a failed rebuild changed the PDF")
	}

	edit(t, blocks, func(s string) string { return strings.Replace(s, "images/gone.png", "images/diagram.png", 1) })
	okLine(3)
	// The editions written into the book folder's build/ start no rebuild.
	time.Sleep(600 * time.Millisecond)
	if n := strings.Count(stdout.String(), " ok   "); n != 3 {
		t.Errorf("%d rebuilds, want 3: writing the editions rebuilt the book\n%s", n, stdout)
	}
	if e, _ := os.ReadFile(epubPath); !bytes.Equal(e, goodEPUB) {
		t.Error("the fixed book does not give the same EPUB as before the breakage")
	}
	if matches, _ := filepath.Glob(filepath.Join(out, ".*.tmp-*")); len(matches) > 0 {
		t.Errorf("temporary files left: %q", matches)
	}
}

func TestWatchUsage(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"help", []string{"watch", "--help"}, exitOK, "-format LIST"},
		{"help watch", []string{"help", "watch"}, exitOK, "last good rebuild"},
		{"bad format", []string{"watch", "--format", "docx"}, exitUsage, `unknown format "docx"`},
		{"two sources", []string{"watch", "a", "b"}, exitUsage, "one SOURCE at a time"},
		{"missing source", []string{"watch", filepath.Join(t.TempDir(), "nope")}, exitBook, "cannot read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := quire(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.inStderr) {
				t.Errorf("exit %d, want %d; stderr lacks %q?\nstdout: %s\nstderr: %s", code, tt.code, tt.inStderr, stdout, stderr)
			}
		})
	}
}

// TestWatchRebuildLog: the one line per rebuild, and how it names the
// changed files.
func TestWatchRebuildLog(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"ch/one.md", "one.md", "two.md", "book.yaml"} {
		p := filepath.Join(root, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	at := func() time.Time { return time.Date(2026, 11, 27, 23, 5, 9, 0, time.UTC) }
	tests := []struct {
		name      string
		shownRoot string
		changed   []string
		ok        bool
		want      string
	}{
		{"first build", "mybook", nil, true, "23:05:09 ok   build/a.epub (1.2 s)\n"},
		{"one file", "mybook", []string{filepath.Join(root, "ch", "one.md")}, true, "23:05:09 ok   build/a.epub (1.2 s; mybook/ch/one.md changed)\n"},
		{"several", ".", []string{filepath.Join(root, "one.md"), filepath.Join(root, "two.md"), filepath.Join(root, "book.yaml")}, true,
			"23:05:09 ok   build/a.epub (1.2 s; one.md and 2 more changed)\n"},
		{"the folder itself", "mybook", []string{root}, false, "23:05:09 FAIL 2 errors (mybook changed)\n"},
		{"failure", "mybook", []string{filepath.Join(root, "one.md")}, false, "23:05:09 FAIL 2 errors (mybook/one.md changed)\n"},
		{"a temporary file renamed onto a chapter", "mybook", []string{filepath.Join(root, "sedX1Y2"), filepath.Join(root, "one.md")}, true,
			"23:05:09 ok   build/a.epub (1.2 s; mybook/one.md changed)\n"},
		{"a chapter deleted", "mybook", []string{filepath.Join(root, "gone.md")}, true, "23:05:09 ok   build/a.epub (1.2 s; mybook/gone.md changed)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			l := &rebuildLog{stdout: &out, stderr: &out, root: root, shownRoot: tt.shownRoot, now: at}
			if tt.ok {
				l.ok("build/a.epub", 1200*time.Millisecond, tt.changed)
			} else {
				l.fail("2 errors", tt.changed)
			}
			if out.String() != tt.want {
				t.Errorf("got  %q\nwant %q", out.String(), tt.want)
			}
		})
	}
}

// TestWatchStopsOnInterrupt runs 'quire watch' in a child process (this
// test binary) and stops it with SIGINT: exit status 130, the editions of
// the last good rebuild kept, no temporary file left.
func TestWatchStopsOnInterrupt(t *testing.T) {
	if dir := os.Getenv("QUIRE_TEST_WATCH_DIR"); dir != "" {
		os.Exit(run([]string{"watch", dir, "-o", os.Getenv("QUIRE_TEST_WATCH_OUT")}, os.Stdout, os.Stderr))
	}
	dir := copyDir(t, "../../book/testdata/valid/features")
	out := filepath.Join(t.TempDir(), "out")
	cmd := exec.Command(os.Args[0], "-test.run=^TestWatchStopsOnInterrupt$")
	cmd.Env = append(os.Environ(), "QUIRE_TEST_WATCH_DIR="+dir, "QUIRE_TEST_WATCH_OUT="+out, "SOURCE_DATE_EPOCH=1700000000")
	stdout, stderr := &lockedBuffer{}, &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "the first build", func() bool { return strings.Contains(stdout.String(), " ok   ") })
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
		t.Fatalf("exit: %v, want status %d\nstdout: %s\nstderr: %s", err, exitInterrupted, stdout, stderr)
	}
	if !strings.Contains(stderr.String(), "quire watch: stopped (interrupt); the editions are as the last good rebuild wrote them") {
		t.Errorf("stderr: %s", stderr)
	}
	for _, ext := range []string{".epub", ".pdf"} {
		if _, err := os.Stat(filepath.Join(out, "features-of-quires-markdown"+ext)); err != nil {
			t.Errorf("the %s edition: %v", ext, err)
		}
	}
	if matches, _ := filepath.Glob(filepath.Join(out, ".*.tmp-*")); len(matches) > 0 {
		t.Errorf("temporary files left: %q", matches)
	}
}
