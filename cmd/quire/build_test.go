package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// quire runs the CLI in-process and returns its exit status and output.
func quire(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{"no command", nil, exitUsage, "", "Usage:"},
		{"unknown command", []string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{"help", []string{"--help"}, exitOK, "quire build [SOURCE...]", ""},
		{"help build", []string{"help", "build"}, exitOK, "", "SOURCE_DATE_EPOCH"},
		{"build help", []string{"build", "--help"}, exitOK, "", "-format LIST"},
		{"version", []string{"version"}, exitOK, "quire ", ""},
		{"bad flag", []string{"build", "--nope"}, exitUsage, "", "flag provided but not defined"},
		{"bad format", []string{"build", "--format", "docx"}, exitUsage, "", `unknown format "docx"`},
		{"two sources to check", []string{"check", "a", "b"}, exitUsage, "", "one SOURCE at a time"},
		{"two missing sources to build", []string{"build", filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")}, exitBook, "", "2 of 2 books failed"},
		{"missing source", []string{"build", filepath.Join(t.TempDir(), "nope")}, exitBook, "", "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := quire(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout, stderr)
			}
			if !strings.Contains(stdout, tt.inStdout) || !strings.Contains(stderr, tt.inStderr) {
				t.Errorf("stdout %q / stderr %q, want %q / %q", stdout, stderr, tt.inStdout, tt.inStderr)
			}
		})
	}
}

// copyDir copies a fixture book into a scratch folder.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), filepath.Base(src))
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

var positioned = regexp.MustCompile(`(?m)^\S+:\d+(:\d+)?: error: `)

// TestBadBookKeepsGoodEdition: a broken book fails with exit 1 and a
// file:line message, writes nothing, and leaves the earlier editions as
// they were.
func TestBadBookKeepsGoodEdition(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1600000000")
	breakages := []struct {
		name  string
		file  string
		edit  func(string) string
		where string
	}{
		{"missing chapter", "book.yaml", func(s string) string {
			return strings.Replace(s, "appendix.md", "missing.md", 1)
		}, "book.yaml:"},
		{"malformed book.yaml", "book.yaml", func(s string) string {
			return strings.Replace(s, `title: "Features`, `title: "Features [`, 1) + "oops: [\n"
		}, "book.yaml:"},
		{"missing image", "blocks.md", func(s string) string {
			return strings.Replace(s, "images/diagram.png \"Figure", "images/gone.png \"Figure", 1)
		}, "blocks.md:"},
	}
	for _, br := range breakages {
		t.Run(br.name, func(t *testing.T) {
			src := copyDir(t, "../../book/testdata/valid/features")
			out := filepath.Join(t.TempDir(), "out")
			if code, _, stderr := quire(t, "build", src, "-o", out); code != exitOK {
				t.Fatalf("good build failed (%d): %s", code, stderr)
			}
			before := snapshot(t, out)
			p := filepath.Join(src, br.file)
			data, _ := os.ReadFile(p)
			if err := os.WriteFile(p, []byte(br.edit(string(data))), 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := quire(t, "build", src, "-o", out)
			if code != exitBook {
				t.Fatalf("exit %d, want %d; stderr: %s", code, exitBook, stderr)
			}
			if !positioned.MatchString(stderr) || !strings.Contains(stderr, br.where) {
				t.Errorf("stderr has no %s file:line error:\n%s", br.where, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout should be empty: %q", stdout)
			}
			if after := snapshot(t, out); after != before {
				t.Errorf("output folder changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// snapshot lists a folder's files with a hash of their contents.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		sb.WriteString(e.Name())
		sb.WriteString("=")
		sb.WriteString(hash(data))
		sb.WriteString(" ")
	}
	return sb.String()
}

func TestOutputIsAFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "file")
	os.WriteFile(out, []byte("x"), 0o644)
	code, _, stderr := quire(t, "build", "../../book/testdata/valid/scanned", "-o", out)
	if code != exitBook || !strings.Contains(stderr, "is a file") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
}

func TestSingleFileBook(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := quire(t, "build", "../../book/testdata/valid/single/article.md", "-o", out, "--format", "epub")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "a-one-file-handout.epub") {
		t.Errorf("stdout %q", stdout)
	}
	if _, err := os.Stat(filepath.Join(out, "a-one-file-handout.pdf")); err == nil {
		t.Error("--format epub wrote a PDF")
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, ".*tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}
