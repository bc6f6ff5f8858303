package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quire-books/quire/book"
)

func TestSetHelpListsSettings(t *testing.T) {
	for _, cmd := range []string{"build", "check"} {
		code, _, stderr := quire(t, cmd, "--help")
		if code != exitOK {
			t.Fatalf("%s --help: exit %d", cmd, code)
		}
		for _, k := range book.Settings() {
			if !strings.Contains(stderr, " "+k+" ") && !strings.Contains(stderr, " "+k+"\n") {
				t.Errorf("%s --help does not list %s", cmd, k)
			}
		}
	}
}

func TestSet(t *testing.T) {
	src := "../../book/testdata/valid/scanned"
	tests := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"check with overrides", []string{"check", src, "--set", "pdf.page-size=Letter", "--set", "toc-depth=3", "--set", "pdf.two-sided=true"}, exitOK, "0 errors, 0 warnings"},
		{"wrong value", []string{"check", src, "--set", "pdf.page-size=Q4"}, exitBook, `--set pdf.page-size=Q4: error: page-size: "Q4" is not a page size`},
		{"unknown key", []string{"check", src, "--set", "titel=X"}, exitOK, `--set titel=X: warning: unknown key "titel"; did you mean "title"?`},
		{"malformed", []string{"build", src, "--set", "title"}, exitUsage, `invalid value "title" for flag -set: write key=value`},
		{"build refuses a wrong value", []string{"build", src, "-o", t.TempDir(), "--set", "toc-depth=0"}, exitBook, "--set toc-depth=0: error: toc-depth must be a whole number from 1 to 6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := quire(t, tt.args...)
			if code != tt.code || !strings.Contains(stdout+stderr, tt.inStderr) {
				t.Errorf("exit %d (want %d)\nstdout: %s\nstderr: %s\nwant %q", code, tt.code, stdout, stderr, tt.inStderr)
			}
		})
	}
}

// TestSetBuild: an override changes the edition (here its file name, from
// the slug) and leaves book.yaml as it was.
func TestSetBuild(t *testing.T) {
	dir := copyDir(t, "../../book/testdata/valid/scanned")
	before, _ := os.ReadFile(filepath.Join(dir, "book.yaml"))
	out := t.TempDir()
	code, stdout, stderr := quire(t, "build", dir, "-o", out, "--format", "epub", "--set", "slug=overridden", "--set", "pdf.page-size=A5")
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "overridden.epub")); err != nil {
		t.Errorf("no overridden.epub: %v\n%s", err, stdout)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "book.yaml")); string(after) != string(before) {
		t.Errorf("book.yaml changed")
	}
}

// TestSetMdBook: --set applies to an mdBook project's book.toml settings
// too, and a bad one is reported as "--set KEY=VALUE: …".
func TestSetMdBook(t *testing.T) {
	src := "../../book/testdata/valid/mdbook-nested"
	out := t.TempDir()
	code, stdout, stderr := quire(t, "build", src, "-o", out, "--format", "epub", "--set", "title=Knots, Second Edition", "--set", "authors=[Wren Tallis, Ash Penn]")
	if code != exitOK || !strings.Contains(stdout, filepath.Join(out, "knots-second-edition.epub")) {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = quire(t, "check", src, "--set", "pdf.page-size=Q4")
	if code != exitBook || !strings.HasPrefix(stdout, "--set pdf.page-size=Q4: error: ") {
		t.Errorf("check: exit %d\n%s", code, stdout)
	}
}
