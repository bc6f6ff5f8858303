package pdf

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
)

// TestHyphenatesRussianAndGreek sets the two-chapter UDHR books in Russian
// and Greek and counts the lines of pdftotext's output that end in a hyphen:
// some must, and fewer must with book.yaml's hyphenate: false.
func TestHyphenatesRussianAndGreek(t *testing.T) {
	for _, lang := range []string{"ru", "el"} {
		t.Run(lang, func(t *testing.T) {
			on := hyphenatedLines(t, udhrBook(t, lang, ""))
			if on == 0 {
				t.Errorf("no line of the %s book ends in a hyphen", lang)
			}
			if off := hyphenatedLines(t, udhrBook(t, lang, "hyphenate: false\n")); off >= on {
				t.Errorf("hyphenate: false: %d lines end in a hyphen, %d with hyphenation", off, on)
			}
		})
	}
}

// udhrBook loads internal/scripts/testdata/<lang> with extra appended to its
// book.yaml.
func udhrBook(t *testing.T, lang, extra string) *book.Book {
	t.Helper()
	dir := "../internal/scripts/testdata/" + lang + "/"
	fsys := fstest.MapFS{}
	for _, name := range []string{"book.yaml", "preamble.md", "articles.md"} {
		data, err := os.ReadFile(dir + name)
		if err != nil {
			t.Fatal(err)
		}
		if name == "book.yaml" {
			data = append(data, extra...)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	b, ds := book.Load(fsys)
	if ds.HasErrors() || len(ds) > 0 {
		t.Fatalf("%s: %v", lang, ds)
	}
	return b
}

// hyphenatedLines counts the lines of the book's PDF text that end in a
// hyphen (-layout: pdftotext otherwise joins hyphenated words).
func hyphenatedLines(t *testing.T, b *book.Book) int {
	t.Helper()
	_, path := layoutFile(t, b)
	n := 0
	for _, line := range strings.Split(tool(t, "pdftotext", "-layout", path, "-"), "\n") {
		if strings.HasSuffix(strings.TrimSpace(line), "-") {
			n++
		}
	}
	return n
}
