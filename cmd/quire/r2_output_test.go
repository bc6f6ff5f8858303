package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quire-books/quire/internal/synth"
)

// TestOutputRefused: output paths that cannot or must not be written are
// refused before anything is written, with an error naming them, and the
// book's folder is left as it was.
func TestOutputRefused(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1600000000")
	tests := []struct {
		name  string
		files map[string]string
		out   func(t *testing.T, book string) string
		want  string
	}{
		{"under a file", nil, func(t *testing.T, book string) string {
			f := filepath.Join(t.TempDir(), "file")
			os.WriteFile(f, []byte("x"), 0o644)
			return filepath.Join(f, "sub")
		}, "is a file"},
		{"unwritable", nil, func(t *testing.T, book string) string {
			// Tests run as root, whom a read-only mode does not stop; /proc
			// refuses new folders to everyone.
			if _, err := os.Stat("/proc/self"); err != nil {
				t.Skip("no /proc")
			}
			return "/proc/quire-output"
		}, "cannot create the output folder /proc/quire-output"},
		{"edition is a folder", nil, func(t *testing.T, book string) string {
			out := t.TempDir()
			os.MkdirAll(filepath.Join(out, "notes.pdf"), 0o755)
			return out
		}, "notes.pdf: it is a folder"},
		{"edition replaces a chapter", map[string]string{
			"book.yaml":  "title: T\nauthors: [A]\nlanguage: en\nslug: notes\nchapters: [a.md, notes.epub]\n",
			"notes.epub": "# Notes kept in an odd file\n",
		}, func(t *testing.T, book string) string { return book }, "would replace"},
		{"edition replaces an image", map[string]string{
			"a.md": "# A\n\n![A figure](notes.pdf)\n",
		}, func(t *testing.T, book string) string { return book }, "would replace"},
		{"edition replaces a chapter through a link", map[string]string{
			"book.yaml":       "title: T\nauthors: [A]\nlanguage: en\nslug: notes\nchapters: [a.md, real/notes.epub]\n",
			"real/notes.epub": "# Notes\n",
		}, func(t *testing.T, book string) string {
			out := filepath.Join(t.TempDir(), "out")
			os.Symlink(filepath.Join(book, "real"), out)
			return out
		}, "would replace"},
		{"edition is where a chapter link leads", map[string]string{
			"book.yaml":  "title: T\nauthors: [A]\nlanguage: en\nslug: notes\nchapters: [a.md, link.md]\n",
			"notes.epub": "# Notes kept in an odd file\n",
		}, func(t *testing.T, book string) string {
			if err := os.Symlink("notes.epub", filepath.Join(book, "link.md")); err != nil {
				t.Fatal(err)
			}
			return book
		}, "would replace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{
				"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nslug: notes\n",
				"a.md":      "# A\n\nText.\n",
			}
			for k, v := range tt.files {
				files[k] = v
			}
			dir := writeBook(t, files)
			if strings.Contains(tt.name, "image") {
				img, _ := os.ReadFile("../../book/testdata/valid/features/images/diagram.png")
				os.WriteFile(filepath.Join(dir, "notes.pdf"), img, 0o644)
			}
			out := tt.out(t, dir)
			before := treeHash(t, dir)
			code, stdout, stderr := quire(t, "build", dir, "-o", out)
			if code != exitBook || !strings.Contains(stderr, tt.want) || stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit 1 and %q", code, stdout, stderr, tt.want)
			}
			unchanged(t, dir, before)
		})
	}
}

// TestOutputInsideBook: the output folder may be the book folder itself: the
// editions (.epub, .pdf) are never read back as chapters, so a second build
// gives the same book, and no source file changes.
func TestOutputInsideBook(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1600000000")
	dir := writeBook(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nslug: notes\n",
		"a.md":      "# A\n\nText.\n",
		"b.md":      "# B\n\nMore.\n",
	})
	before := treeHash(t, dir)
	for i := range 2 {
		if code, _, stderr := quire(t, "build", dir, "-o", dir); code != exitOK || strings.Contains(stderr, "warning") {
			t.Fatalf("build %d: exit %d\n%s", i+1, code, stderr)
		}
	}
	after := treeHash(t, dir)
	var kept []string
	for _, line := range strings.Split(after, "\n") {
		if !strings.HasPrefix(line, "notes.epub ") && !strings.HasPrefix(line, "notes.pdf ") {
			kept = append(kept, line)
		}
	}
	if strings.Join(kept, "\n") != before {
		t.Errorf("source files changed:\n%s\nwas:\n%s", after, before)
	}
	b, _, diags, err := loadBook(dir)
	if err != nil || diags.HasErrors() || len(b.Chapters) != 2 {
		t.Errorf("after the builds: %v %v %d chapters", err, diags, len(b.Chapters))
	}
}

// TestInterrupt builds the real binary and interrupts a build of a large
// book: at any moment, the build exits with status 130, leaves no
// temporary file and leaves the earlier editions byte for byte as they
// were; the book's folder never changes.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and a large book")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "quire")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// The earlier editions: a small book with the same title, so the same
	// file names.
	small, large := filepath.Join(tmp, "small"), filepath.Join(tmp, "large")
	if err := synth.Write(small, synth.Options{Chapters: 2, WordsPerChapter: 200, Seed: 2}); err != nil {
		t.Fatal(err)
	}
	if err := synth.Write(large, synth.Options{Chapters: 60, WordsPerChapter: 3000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(tmp, "out")
	cmd := exec.Command(bin, "build", small, "-o", out)
	cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1600000000")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("small build: %v\n%s", err, msg)
	}
	editions := treeHash(t, out)
	if !strings.Contains(editions, ".epub ") || !strings.Contains(editions, ".pdf ") {
		t.Fatalf("no earlier editions:\n%s", editions)
	}
	source := treeHash(t, large)

	tests := []struct {
		name string
		sig  syscall.Signal
		when func(t *testing.T) // returns when the signal is to be sent
	}{
		{"SIGINT while loading and laying out", syscall.SIGINT, func(*testing.T) { time.Sleep(300 * time.Millisecond) }},
		{"SIGTERM while loading and laying out", syscall.SIGTERM, func(*testing.T) { time.Sleep(300 * time.Millisecond) }},
		{"SIGINT while writing", syscall.SIGINT, func(t *testing.T) {
			deadline := time.Now().Add(5 * time.Minute)
			for time.Now().Before(deadline) {
				if temps, _ := filepath.Glob(filepath.Join(out, ".*.tmp-*")); len(temps) > 0 {
					return
				}
				time.Sleep(time.Millisecond)
			}
			t.Fatal("no temporary file appeared")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			cmd := exec.Command(bin, "build", large, "-o", out)
			cmd.Stderr = &stderr
			cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1600000000")
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			tt.when(t)
			if err := cmd.Process.Signal(tt.sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
				t.Errorf("exit status %d (%v), want %d; the signal may have come too late\nstderr: %s", code, err, exitInterrupted, stderr.String())
			}
			if !strings.Contains(stderr.String(), "interrupted") || strings.Contains(stderr.String(), "goroutine") {
				t.Errorf("stderr: %s", stderr.String())
			}
			if after := treeHash(t, out); after != editions {
				t.Errorf("the output folder changed:\nbefore:\n%s\nafter:\n%s", editions, after)
			}
			unchanged(t, large, source)
		})
	}
}
