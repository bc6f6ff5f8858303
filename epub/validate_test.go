package epub

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/validate"
)

// validationBooks are the books the validators check: the features
// fixture (cover, parts, images, notes, every construct), the sample book,
// a small French book without images or parts, and a one-file book; and
// the first three again with a page list (a page every 60 words, so that
// markers land in every construct).
func validationBooks(t *testing.T) []namedBook {
	single, ds := book.LoadFile(fstest.MapFS{"handout.md": {Data: []byte(singleFile)}}, "handout.md")
	if ds.HasErrors() {
		t.Fatalf("handout.md does not load:\n%v", ds)
	}
	features := fixture(t, "features")
	content := load(t, os.DirFS(filepath.Join("..", "content")))
	return []namedBook{
		{"features", features, nil},
		{"content", content, nil},
		{"single", single, nil},
		{"french", load(t, fstest.MapFS{
			"book.yaml": {Data: []byte("title: Notes\nauthors: [Zoé]\nlanguage: fr\n")},
			"un.md":     {Data: []byte("# Un\n\nTexte[^1] avec « guillemets ».\n\n[^1]: Une note.\n\n## Deux\n\nFin.\n")},
		}), nil},
		{"features-pages", features, synthPageList(features, 60)},
		{"content-pages", content, synthPageList(content, 60)},
		{"single-pages", single, synthPageList(single, 5)},
	}
}

type namedBook struct {
	name  string
	b     *book.Book
	pages *PageList
}

func TestEPUBCheck(t *testing.T) {
	validate.Require(t, "epubcheck")
	for _, nb := range validationBooks(t) {
		nb := nb
		t.Run(nb.name, func(t *testing.T) {
			t.Parallel()
			path := writeTemp(t, nb)
			r, err := validate.EPUBCheck(path)
			if err != nil {
				t.Fatal(err)
			}
			if r.Fatal+r.Errors+r.Warnings > 0 {
				t.Errorf("EPUBCheck: %d fatal, %d errors, %d warnings:\n%s",
					r.Fatal, r.Errors, r.Warnings, strings.Join(r.Messages, "\n"))
			}
		})
	}
}

func TestAce(t *testing.T) {
	if testing.Short() {
		t.Skip("Ace is slow; skipped with -short")
	}
	validate.Require(t, "ace")
	for _, nb := range validationBooks(t) {
		t.Run(nb.name, func(t *testing.T) {
			// Not parallel: concurrent Ace runs fail to write their reports.
			path := writeTemp(t, nb)
			fails, err := validate.Ace(path)
			if err != nil {
				t.Fatal(err)
			}
			if len(fails) > 0 {
				t.Errorf("Ace: %d violations:\n%s", len(fails), strings.Join(fails, "\n"))
			}
		})
	}
}

// writeTemp writes a book's EPUB into the test's temporary folder.
func writeTemp(t *testing.T, nb namedBook) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, nb.b, Options{Modified: testDate, PageList: nb.pages}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), nb.name+".epub")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// singleFile is a one-file book whose sections share a note and link to
// each other.
const singleFile = `---
title: "A One-File Handout"
authors: ["Grace Hopper"]
language: en
date: 2023-11-05
---

An opening paragraph before the first level-1 heading.

# First Section

Text of the first section.[^a] Link to [the second](#second-section).

# Second Section

Text of the second section.[^b] Again the first note.[^a]

[^a]: Note A.
[^b]: Note B.
`
