package pdf

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/fontset"
)

// TestDirectionFromModel: the PDF sets a book right to left as the model
// says (book.Metadata.RTL): direction overrides the language, and auto
// follows the language exactly as the PDF always did.
func TestDirectionFromModel(t *testing.T) {
	tests := []struct {
		lang, dir string
		want      bool
	}{
		{"en", "", false},
		{"ar", "", true},
		{"he", "", true},
		{"en", book.RTL, true},
		{"ar", book.LTR, false},
	}
	for _, tc := range tests {
		b := &book.Book{Meta: book.Metadata{Language: tc.lang, Direction: tc.dir}}
		if got := geometryFor(b).rtl; got != tc.want {
			t.Errorf("language %s, direction %q: rtl %v, want %v", tc.lang, tc.dir, got, tc.want)
		}
		if tc.dir == "" && geometryFor(b).rtl != fontset.RTL(tc.lang) {
			t.Errorf("language %s, auto: not as fontset.RTL", tc.lang)
		}
	}
}

// TestDirectionInPDF: an English book with direction: rtl asks viewers to
// turn its pages right to left; an Arabic one with direction: ltr does not.
func TestDirectionInPDF(t *testing.T) {
	for _, tc := range []struct {
		yaml string
		r2l  bool
	}{
		{"language: en\ndirection: rtl\n", true},
		{"language: en\n", false},
		{"language: ar\ndirection: ltr\n", false},
		{"language: ar\n", true},
	} {
		b, ds := book.Load(fstest.MapFS{
			"book.yaml": {Data: []byte("title: T\nauthors: [A]\nchapters: [one.md]\n" + tc.yaml)},
			"one.md":    {Data: []byte("# One\n\nA first paragraph, with words enough to fill a line or two of the page.\n")},
		})
		if ds.HasErrors() {
			t.Fatalf("%q: %v", tc.yaml, ds)
		}
		var buf bytes.Buffer
		if err := Write(&buf, b, Options{}); err != nil {
			t.Fatal(err)
		}
		if got := bytes.Contains(buf.Bytes(), []byte("/Direction /R2L")); got != tc.r2l {
			t.Errorf("%q: /Direction /R2L %v, want %v", tc.yaml, got, tc.r2l)
		}
	}
}
