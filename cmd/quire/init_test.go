package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/validate"
)

// TestInitBuilds is what a new user does: quire init, then quire build.
// The new book loads without a single diagnostic, builds, and both
// validators accept the EPUB.
func TestInitBuilds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mybook") // does not exist yet
	code, stdout, stderr := quire(t, "init", dir)
	if code != exitOK {
		t.Fatalf("init: exit %d\n%s", code, stderr)
	}
	for _, want := range []string{"book.yaml", "getting-started.md", "writing.md", "images/chart.png", ".gitignore", "quire build " + dir} {
		if !strings.Contains(stdout, want) {
			t.Errorf("init output lacks %q:\n%s", want, stdout)
		}
	}
	if gi, err := os.ReadFile(filepath.Join(dir, ".gitignore")); err != nil || !strings.Contains(string(gi), "build/") {
		t.Errorf(".gitignore = %q, %v; want it to ignore build/", gi, err)
	}

	b, diags := book.Load(book.DirFS(dir))
	if len(diags) > 0 {
		t.Fatalf("the new book has diagnostics:\n%v", diags)
	}
	if len(b.Chapters) != 2 {
		t.Errorf("%d chapters, want 2", len(b.Chapters))
	}
	if len(b.Images) == 0 {
		t.Errorf("the new book has no image")
	}

	out := filepath.Join(dir, "build")
	code, stdout, stderr = quire(t, "build", dir, "-o", out)
	if code != exitOK || strings.Contains(stderr, "warning") { // stderr has the progress lines
		t.Fatalf("build: exit %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	epubPath := filepath.Join(out, b.Meta.Slug+".epub")
	if _, err := os.Stat(filepath.Join(out, b.Meta.Slug+".pdf")); err != nil {
		t.Errorf("no PDF: %v", err)
	}

	t.Run("epubcheck", func(t *testing.T) {
		validate.Require(t, "epubcheck")
		r, err := validate.EPUBCheck(epubPath)
		if err != nil {
			t.Fatal(err)
		}
		if r.Fatal+r.Errors+r.Warnings > 0 {
			t.Errorf("EPUBCheck: %d fatal, %d errors, %d warnings:\n%s", r.Fatal, r.Errors, r.Warnings, strings.Join(r.Messages, "\n"))
		}
	})
	t.Run("ace", func(t *testing.T) {
		validate.Require(t, "ace")
		fails, err := validate.Ace(epubPath)
		if err != nil {
			t.Fatal(err)
		}
		if len(fails) > 0 {
			t.Errorf("Ace: %d violations:\n%s", len(fails), strings.Join(fails, "\n"))
		}
	})
}

// TestInitRefuses: a second init into the same folder names every file it
// would overwrite, writes nothing and exits 1; a folder with one of the
// files is refused too, and that file is left as it was.
func TestInitRefuses(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := quire(t, "init", dir); code != exitOK {
		t.Fatalf("first init: exit %d\n%s", code, stderr)
	}
	before := snapshot(t, dir)
	code, stdout, stderr := quire(t, "init", dir)
	if code != exitBook {
		t.Errorf("second init: exit %d, want %d", code, exitBook)
	}
	if stdout != "" || !strings.Contains(stderr, "nothing written") || !strings.Contains(stderr, "book.yaml") || !strings.Contains(stderr, "images/chart.png") {
		t.Errorf("second init: stdout %q, stderr %q", stdout, stderr)
	}
	if after := snapshot(t, dir); after != before {
		t.Errorf("second init changed the folder")
	}

	other := t.TempDir()
	mine := []byte("title: mine\n")
	if err := os.WriteFile(filepath.Join(other, "book.yaml"), mine, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = quire(t, "init", other)
	if code != exitBook || !strings.Contains(stderr, "book.yaml") || strings.Contains(stderr, "writing.md") {
		t.Errorf("init over a book.yaml: exit %d, stderr %q", code, stderr)
	}
	entries, _ := os.ReadDir(other)
	if got, _ := os.ReadFile(filepath.Join(other, "book.yaml")); string(got) != string(mine) || len(entries) != 1 {
		t.Errorf("init over a book.yaml wrote something: %d entries, book.yaml %q", len(entries), got)
	}
}
