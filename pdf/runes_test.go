package pdf

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/quire-books/quire/book"
)

// astral is text outside the Basic Multilingual Plane: an emoji, a
// mathematical alphanumeric, a CJK Extension B ideograph, a musical note.
const astral = "😀 𝔸 𠀀 🎵"

// runeBook is a book with s in every place text goes: metadata, headings,
// body, emphasis, code spans and blocks, a table, a list, a quote, a
// footnote and a link.
func runeBook(s string) string {
	return "---\ntitle: \"T " + s + "\"\nsubtitle: \"S " + s + "\"\nauthors: [\"A " + s + "\"]\nlanguage: en\n---\n\n" +
		"# Chapter " + s + "\n\nBody " + s + " *em " + s + "* **b " + s + "** `code " + s + "`[^n] [link " + s + "](#chapter)\n\n" +
		"## Section " + s + "\n\n```\nblock " + s + "\n```\n\n| h " + s + " | x |\n|---|---|\n| c " + s + " | y |\n\n" +
		"- item " + s + "\n\n> quote " + s + "\n\n[^n]: Note " + s + "\n"
}

// loadMarkdown loads md as a one-file book.
func loadMarkdown(t *testing.T, md string) *book.Book {
	t.Helper()
	b, ds := book.LoadFile(fstest.MapFS{"book.md": {Data: []byte(md)}}, "book.md")
	if b == nil || ds.HasErrors() {
		t.Fatalf("load: %v", ds)
	}
	return b
}

// TestAstralRunes is the regression test for the crash on one emoji: a
// character outside the Basic Multilingual Plane anywhere in a book
// stopped the PDF with an index out of range.
func TestAstralRunes(t *testing.T) {
	data := layoutBytes(t, loadMarkdown(t, runeBook(astral)), Options{})
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatal("not a PDF")
	}
}

// FuzzRunes sets arbitrary runes (any scalar value, from any plane) in
// every place of a book: the PDF is always made.
func FuzzRunes(f *testing.F) {
	for _, s := range []string{astral, "abc", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u4e2d\u6587\u3002", "\u0939\u093f\u0928\u094d\u0926\u0940", "\U0010FFFD\uFFFF\u0300", "e\u0301\u0302\u0303"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Keep the Markdown structure: the fuzzed text is in quoted YAML and
		// in single lines of Markdown, so it must not break them.
		s = strings.ToValidUTF8(s, "\uFFFD")
		s = strings.Map(func(r rune) rune {
			switch {
			case r < ' ' || r == 0x7f, strings.ContainsRune("\"\\`*_[]()|#<>!^{}$~:&", r):
				return 'x'
			case r == utf8.RuneError:
				return r
			}
			return r
		}, s)
		b, ds := book.LoadFile(fstest.MapFS{"book.md": {Data: []byte(runeBook(s))}}, "book.md")
		if b == nil || ds.HasErrors() {
			return
		}
		d, err := Layout(b, Options{})
		if err != nil {
			t.Fatalf("layout: %v", err)
		}
		if _, err := d.WriteTo(&bytes.Buffer{}); err != nil {
			t.Fatalf("write: %v", err)
		}
	})
}
