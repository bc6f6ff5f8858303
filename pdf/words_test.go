package pdf

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
)

// TestGeneratedWordsPrinted checks, with pdftotext, that the printed
// contents heading and the title page's credits are in the book's words:
// its language's, or book.yaml's strings: section's.
func TestGeneratedWordsPrinted(t *testing.T) {
	tests := []struct {
		name, yaml string
		want, not  []string
	}{
		{"English", "language: en\n",
			[]string{"Contents", "Translated by Борис Пастернак"}, nil},
		{"Russian", "language: ru\n",
			[]string{"Содержание", "Перевод: Борис Пастернак"}, []string{"Contents"}},
		{"Russian, reworded", "language: ru\nstrings:\n  contents: Оглавление\n  role.trl: \"Перевёл {name}\"\n",
			[]string{"Оглавление", "Перевёл Борис Пастернак"}, []string{"Содержание", "Contents", "Перевод:"}},
		{"no catalogue", "language: sw\n", []string{"Contents"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, ds := book.Load(fstest.MapFS{
				"book.yaml": {Data: []byte("title: Гамлет\nauthors: [Уильям Шекспир, {name: Борис Пастернак, role: trl}]\n" + tt.yaml)},
				"ch.md":     {Data: []byte("# Акт первый\n\nБыть или не быть.\n")},
			})
			if ds.HasErrors() {
				t.Fatal(ds)
			}
			text := tool(t, "pdftotext", writePDF(t, b), "-")
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("pdftotext lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(text, w) {
					t.Errorf("pdftotext has %q:\n%s", w, text)
				}
			}
		})
	}
}

// TestContentsRunningHead checks that the continued pages of a long
// printed contents carry its title, in the book's language, as their head.
func TestContentsRunningHead(t *testing.T) {
	var md strings.Builder
	md.WriteString("# Глава\n\nТекст.\n\n")
	for i := range 90 {
		md.WriteString("## Раздел " + strings.Repeat("я", i%7+1) + "\n\nТекст.\n\n")
	}
	b, ds := book.Load(fstest.MapFS{
		"book.yaml": {Data: []byte("title: Т\nauthors: [А]\nlanguage: ru\n")},
		"ch.md":     {Data: []byte(md.String())},
	})
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	path := writePDF(t, b)
	// The contents start on page 3, after the cover and the title page.
	page4 := tool(t, "pdftotext", "-f", "4", "-l", "4", path, "-")
	if !strings.Contains(page4, "Раздел") || !strings.Contains(page4, "Содержание") {
		t.Errorf("page 4 is not a continued contents page headed Содержание:\n%s", page4)
	}
}
