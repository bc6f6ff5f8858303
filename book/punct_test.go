package book

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// TestQuotesByLanguage checks that "…" and '…' become the book language's
// quotation marks (CLDR's), French gets its no-break spaces, apostrophes
// stay ’ and code is left alone.
func TestQuotesByLanguage(t *testing.T) {
	const md = "# T\n\nHe said \"Hallo, 'du' da\" -- it's `\"code\"`.\n"
	tests := []struct{ lang, want string }{
		{"en", "He said “Hallo, ‘du’ da” – it’s \"code\"."},
		{"en-GB", "He said “Hallo, ‘du’ da” – it’s \"code\"."},
		{"de-AT", "He said „Hallo, ‚du‘ da“ – it’s \"code\"."},
		{"fr", "He said «\u202fHallo, «\u202fdu\u202f» da\u202f» – it’s \"code\"."},
		{"fr-CH", "He said «\u202fHallo, ‹du› da\u202f» – it’s \"code\"."},
		{"pt-BR", "He said “Hallo, ‘du’ da” – it’s \"code\"."},
		{"pt-PT", "He said «Hallo, “du” da» – it’s \"code\"."},
		{"ru", "He said «Hallo, „du“ da» – it’s \"code\"."},
		{"zh-TW", "He said 「Hallo, 『du』 da」 – it’s \"code\"."},
		{"zh-Hans", "He said “Hallo, ‘du’ da” – it’s \"code\"."},
		{"ja", "He said 「Hallo, 『du』 da」 – it’s \"code\"."},
		{"sw", "He said “Hallo, ‘du’ da” – it’s \"code\"."},
	}
	for _, tt := range tests {
		b, d := loadMap(t, map[string]string{
			"book.yaml": "title: T\nauthors: [A]\nlanguage: " + tt.lang + "\nchapters: [one.md]\n",
			"one.md":    md,
		})
		if d.HasErrors() {
			t.Fatal(d.Error())
		}
		p := b.Chapters[0].Doc.FirstChild().NextSibling()
		if got := rawText(p, b.Chapters[0].Source); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.lang, got, tt.want)
		}
	}
}

func TestFrenchSpaces(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bonjour ! Ça va ?", "Bonjour\u202f! Ça va\u202f?"},
		{"Bonjour! Ça va?", "Bonjour\u202f! Ça va\u202f?"},
		{"Note : voici; fin", "Note\u00a0: voici\u202f; fin"},
		{"« Oui »", "«\u202fOui\u202f»"},
		{"à 12:30, x?y=1", "à 12:30, x?y=1"},
		{"rien", "rien"},
	}
	for _, tt := range tests {
		got, _ := frenchSpaces(tt.in, 0)
		if got != tt.want {
			t.Errorf("frenchSpaces(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	b, _ := loadMap(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: fr\nchapters: [one.md]\n",
		"one.md":    "# T\n\nVraiment ? Oui *vraiment* !\nEt `a ? b` reste.\n",
	})
	p := b.Chapters[0].Doc.FirstChild().NextSibling()
	if got, want := rawText(p, b.Chapters[0].Source), "Vraiment\u202f? Oui vraiment\u202f! Et a ? b reste."; got != want {
		t.Errorf("French paragraph %q, want %q", got, want)
	}
	if strings.Contains(string(b.Chapters[0].Source), "\u202f") {
		t.Error("the source was changed")
	}
}

// rawText is the text of n's inline descendants as set, spaces kept (no
// break spaces included, which PlainText folds).
func rawText(n ast.Node, src []byte) string {
	var sb strings.Builder
	_ = ast.Walk(n, func(k ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := k.(type) {
		case *ast.Text:
			sb.Write(t.Segment.Value(src))
			if t.SoftLineBreak() {
				sb.WriteByte(' ')
			}
		case *ast.String:
			sb.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	return sb.String()
}
