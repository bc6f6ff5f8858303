package pdf

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
)

// p1Books are the books the composition is checked on: the sample book
// and the fixtures.
func p1Books(t *testing.T) map[string]*book.Book {
	t.Helper()
	sample, ds := book.Load(os.DirFS(filepath.Join("..", "content")))
	if ds.HasErrors() {
		t.Fatalf("loading content/:\n%v", ds)
	}
	// A two-sided book whose margins differ: text blocks alternate.
	long := strings.Repeat("The harbour master counted the ships twice before the storm reached the coast, and the count differed.[^a] ", 40)
	mirrored, ds := book.Load(fstest.MapFS{
		"book.yaml": {Data: []byte("title: Mirrored\nauthors: [Zoë Quill]\nlanguage: en\nchapters: [one.md]\n" +
			"pdf:\n  two-sided: true\n  margins: {inner: 30mm, outer: 12mm, top: 18mm, bottom: 20mm}\n")},
		"one.md": {Data: []byte("# One\n\n" + strings.Repeat(long+"\n\n> "+long+"\n\n- "+long+"\n\n", 3) + "[^a]: A note.\n")},
	})
	if ds.HasErrors() {
		t.Fatalf("loading the mirrored book:\n%v", ds)
	}
	return map[string]*book.Book{
		"mirrored": mirrored,
		"content":  sample,
		"features": loadBook(t, "features"),
		"flow":     loadBook(t, "flow"),
		"p1-pages": loadBook(t, "p1-pages"),
	}
}

// bboxWord is a word as pdftotext -bbox-layout reports it.
var bboxWord = regexp.MustCompile(`<word xMin="([-\d.]+)" yMin="[-\d.]+" xMax="([-\d.]+)" yMax="[-\d.]+">([^<]*)</word>`)

// TestComposition lays out each book and checks the result as printed:
// no word crosses the text block's edges, every note starts on the page of
// its reference, the words are all there in order, and every page records
// where its text starts.
func TestComposition(t *testing.T) {
	for name, b := range p1Books(t) {
		t.Run(name, func(t *testing.T) {
			d, err := Layout(b, Options{Date: buildDate})
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "book.pdf")
			if err := os.WriteFile(path, d.pdf.bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			checkNotesOnRefPage(t, b, d)
			checkPageStarts(t, b, d)

			out := filepath.Join(t.TempDir(), "bbox.html")
			tool(t, "pdftotext", "-bbox-layout", path, out)
			html, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			checkEdges(t, geometryFor(b), string(html))
			checkBodyWords(t, b, tool(t, "pdftotext", "-enc", "UTF-8", path, "-"))
		})
	}
}

// checkEdges checks that no word box crosses the text block's edges (0.5pt
// of slack), page by page: left- and right-hand pages differ.
func checkEdges(t *testing.T, g geometry, html string) {
	t.Helper()
	pages := regexp.MustCompile(`<page `).Split(html, -1)[1:]
	words := 0
	for i, p := range pages {
		n := i + 1
		for _, m := range bboxWord.FindAllStringSubmatch(p, -1) {
			words++
			x0, _ := strconv.ParseFloat(m[1], 64)
			x1, _ := strconv.ParseFloat(m[2], 64)
			if x0 < g.left(n)-0.5 {
				t.Errorf("page %d: %q starts at %.2f, before the text block's edge %.2f", n, m[3], x0, g.left(n))
			}
			if x1 > g.right(n)+0.5 {
				t.Errorf("page %d: %q ends at %.2f, past the text block's edge %.2f", n, m[3], x1, g.right(n))
			}
		}
	}
	if words == 0 {
		t.Error("pdftotext -bbox-layout found no words")
	}
}

// checkNotesOnRefPage checks that each footnote starts on the page of its
// first reference.
func checkNotesOnRefPage(t *testing.T, b *book.Book, d *Document) {
	t.Helper()
	notes := 0
	for _, ch := range b.Chapters {
		ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			fl, ok := n.(*east.FootnoteLink)
			if !entering || !ok || fl.RefIndex != 0 {
				return ast.WalkContinue, nil
			}
			if _, inNote := n.Parent().Parent().(*east.Footnote); inNote {
				return ast.WalkContinue, nil
			}
			notes++
			ref, okRef := d.anchors[ch.NoteRefID(fl.Index)]
			note, okNote := d.anchors[b.NoteHome(ch, fl.Index).NoteID(fl.Index)]
			switch {
			case !okRef || !okNote:
				t.Errorf("%s: note %d: reference placed %v, note placed %v", ch.File, fl.Index, okRef, okNote)
			case ref.page != note.page:
				t.Errorf("%s: note %d starts on page %d, its reference is on page %d", ch.File, fl.Index, note.page, ref.page)
			}
			return ast.WalkContinue, nil
		})
	}
	t.Logf("%d notes", notes)
}

// checkPageStarts checks the page-start record: within a chapter the
// offsets grow from page to page, and each points at the start of a word
// of the chapter's source.
func checkPageStarts(t *testing.T, b *book.Book, d *Document) {
	t.Helper()
	last := map[*book.Chapter]int{}
	known := 0
	for n := 1; n <= len(d.pages); n++ {
		at, ok := d.starts[n]
		if !ok {
			t.Errorf("page %d has no page-start record", n)
			continue
		}
		if at.ch == nil || at.offset < 0 {
			continue
		}
		known++
		src := at.ch.Source
		if at.offset >= len(src) {
			t.Errorf("page %d: offset %d is past the end of %s", n, at.offset, at.ch.File)
			continue
		}
		if r, _ := utf8.DecodeRune(src[at.offset:]); unicode.IsSpace(r) {
			t.Errorf("page %d: offset %d of %s is a space", n, at.offset, at.ch.File)
		}
		if prev, ok := last[at.ch]; ok && at.offset <= prev {
			t.Errorf("page %d: offset %d of %s does not follow the previous page's %d", n, at.offset, at.ch.File, prev)
		}
		last[at.ch] = at.offset
	}
	if known == 0 {
		t.Error("no page records where its text starts")
	}
}

// checkBodyWords checks that every word of every chapter is in the PDF's
// text, in reading order, as checkWords does, except that a chapter's notes
// are checked apart: they are set at the foot of the pages, among the
// chapter's text. pdftotext joins a word hyphenated at a line's end.
func checkBodyWords(t *testing.T, b *book.Book, text string) {
	t.Helper()
	find := newPDFWords(t, text).find
	fi, ti := 0, 0
	for _, ch := range b.Chapters {
		var words, notes []string
		if ch.TitleNode == nil {
			words = strings.Fields(ch.Title)
		}
		for n := ch.Doc.FirstChild(); n != nil; n = n.NextSibling() {
			switch n.Kind() {
			case ast.KindHTMLBlock:
			case east.KindFootnoteList:
				for fn := n.FirstChild(); fn != nil; fn = fn.NextSibling() {
					notes = append(notes, strings.Fields(book.PlainText(fn, ch.Source))...)
				}
			default:
				words = append(words, strings.Fields(book.PlainText(n, ch.Source))...)
			}
		}
		nfi, nti := fi, ti
		var ok bool
		if fi, ti, ok = find(ch.File, words, fi, ti); !ok {
			return
		}
		// The notes come after the chapter's start, in order.
		if _, _, ok = find(ch.File+" (notes)", notes, nfi, nti); !ok {
			return
		}
	}
}

// pdfWords is the PDF text as checkWords and checkBodyWords search it: its
// whitespace-separated tokens, and the same text with no spaces at all.
type pdfWords struct {
	t       *testing.T
	tokens  []string
	flat    string
	noteRef *regexp.Regexp
}

func newPDFWords(t *testing.T, text string) *pdfWords {
	tokens := strings.Fields(text)
	return &pdfWords{t, tokens, strings.Join(tokens, ""), regexp.MustCompile(`^[0-9]+$`)}
}

// find looks for words in order from flat offset fi and token ti: each must
// be in the text and, unless longer than 30 letters (it may be broken
// across lines), a token of its own (a note number may follow it).
func (p *pdfWords) find(file string, words []string, fi, ti int) (int, int, bool) {
	p.t.Helper()
	for _, w := range words {
		i := strings.Index(p.flat[fi:], w)
		if i < 0 {
			p.t.Errorf("%s: %q is missing from the PDF text, or out of order", file, w)
			return fi, ti, false
		}
		fi += i + len(w)
		if utf8.RuneCountInString(w) > 30 {
			continue // may be broken across lines
		}
		found := false
		for ; ti < len(p.tokens); ti++ {
			tok := p.tokens[ti]
			if tok == w || strings.HasPrefix(tok, w) && p.noteRef.MatchString(tok[len(w):]) {
				found = true
				ti++
				break
			}
		}
		if !found {
			p.t.Errorf("%s: the word %q is not a word of the PDF text (glued or split?)", file, w)
			return fi, ti, false
		}
	}
	return fi, ti, true
}
