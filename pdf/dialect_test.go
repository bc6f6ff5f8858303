package pdf

import (
	"image/color"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
)

// dialectBook is a one-chapter book in language lang whose chapter is md,
// with an image at images/pic.png.
func dialectBook(t *testing.T, lang, md string) *book.Book {
	t.Helper()
	b, ds := book.Load(fstest.MapFS{
		"book.yaml":      {Data: []byte("title: Dialect\nauthors: [A. Author]\nlanguage: " + lang + "\nchapters: [one.md]\n")},
		"one.md":         {Data: []byte(md)},
		"images/pic.png": {Data: pngOf(t, 400, 200, color.RGBA{40, 90, 160, 255})},
	})
	if ds.HasErrors() {
		t.Fatalf("loading:\n%v", ds)
	}
	return b
}

// composeOne composes the first chapter of b as a chapter composer does,
// and returns the renderer and the chapter's lines.
func composeOne(t *testing.T, b *book.Book) (*renderer, []*vitem) {
	t.Helper()
	env, err := newEnv(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := newRenderer(env, nil, false).chapterComposer(nil)
	return r, r.chapter(b.Chapters[0])
}

// syntax is the dialect's markup, none of which may be printed.
var syntax = []string{"[!NOTE]", "[!TIP]", "[!WARNING]", ":::", "]{.", "]{lang", "~2~", "^2^", "Table:", `\newpage`, "{-}", "{.unlisted}", "{#"}

// TestDialectText: each construct of the dialect prints its text, in
// order, and none of its syntax.
func TestDialectText(t *testing.T) {
	tests := []struct {
		name, lang, md string
		want           []string // in order, each on a line of the extracted text or within one
	}{
		{"alert", "en", "> [!NOTE]\n> Read this first.\n", []string{"Note", "Read this first."}},
		{"alert in German", "de", "> [!WARNING]\n> Vorsicht, heiß.\n", []string{"Warnung", "Vorsicht, heiß."}},
		{"every alert", "en", "> [!TIP]\n> a\n\n> [!IMPORTANT]\n> b\n\n> [!CAUTION]\n> c\n",
			[]string{"Tip", "a", "Important", "b", "Caution", "c"}},
		{"nested divs", "en", "::: {.sidebar #side lang=fr}\nOuter text.\n\n::: note\nInner note.\n:::\n\nOuter again.\n:::\n",
			[]string{"Outer text.", "Inner note.", "Outer again."}},
		{"epigraph, dedication, center, other", "en",
			"::: epigraph\nHappy families.\n\n— Tolstoy\n:::\n\n::: dedication\nFor Ann\n:::\n\n::: center\nMiddle\n:::\n\n::: {.mystery}\nPlain\n:::\n",
			[]string{"Happy families.", "— Tolstoy", "For Ann", "Middle", "Plain"}},
		{"spans", "en", "A [Small Caps]{.smallcaps}, [under]{.underline}, [marked words]{.mark} and [mot]{lang=fr}.\n",
			[]string{"A Small Caps, under, marked words and mot."}},
		{"scripts", "en", "H~2~O and r^2^.\n", []string{"H2O and r2."}},
		{"line block", "en", "| One line\n|    indented line\n| Last line\n",
			[]string{"One line", "indented line", "Last line"}},
		{"table caption", "en", "Table: Prices *per* kilo\n\n| Fruit | Price |\n|---|---|\n| Apple | 1 |\n",
			[]string{"Prices per kilo", "Fruit", "Price", "Apple"}},
		{"figure, alt caption", "en", "Before.\n\n![A *blue* box](images/pic.png)\n\nAfter.\n",
			[]string{"Before.", "A blue box", "After."}},
		{"figure, title caption", "en", "![alt words](images/pic.png \"The title\")\n",
			[]string{"The title"}},
		{"page break", "en", "Before.\n\n\\newpage\n\nAfter.\n", []string{"Before.", "After."}},
		{"remote image: its alt text, in the line", "en", "A [![build passing](https://img.shields.io/x.svg)](https://ci.example.org) badge.\n\n![lone badge](https://img.shields.io/y.svg)\n",
			[]string{"A build passing badge.", "lone badge"}},
		{"unnumbered heading", "en", "## Aside {-}\n\nText.\n", []string{"Aside", "Text."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := dialectBook(t, tc.lang, "# Chapter\n\n"+tc.md)
			_, path := layoutFile(t, b)
			text := tool(t, "pdftotext", "-enc", "UTF-8", path, "-")
			body := text[strings.Index(text, "Chapter\n\n")+len("Chapter"):]
			at := 0
			for _, w := range tc.want {
				i := strings.Index(body[at:], w)
				if i < 0 {
					t.Fatalf("%q is missing (or out of order) in:\n%s", w, body)
				}
				at += i + len(w)
			}
			for _, s := range syntax {
				if strings.Contains(text, s) {
					t.Errorf("the syntax %q is printed:\n%s", s, body)
				}
			}
			tool(t, "qpdf", "--check", path)
		})
	}
}

// TestPageBreak: \newpage puts what follows on a new page, and adds no
// empty page where a page starts anyway; a page break wins over a keep.
func TestPageBreak(t *testing.T) {
	b := dialectBook(t, "en", "# Chapter\n\nBefore.\n\n\\newpage\n\n\\newpage\n\nAfter.\n\n\\newpage\n")
	d, path := layoutFile(t, b)
	first := d.bodyStart
	if got := textOnPage(t, path, first); !strings.Contains(got, "Before.") || strings.Contains(got, "After.") {
		t.Errorf("page %d has %q, want Before. alone", first, got)
	}
	if got := textOnPage(t, path, first+1); !strings.Contains(got, "After.") {
		t.Errorf("page %d has %q, want After.", first+1, got)
	}
	if d.Pages() != first+1 {
		t.Errorf("%d pages, want %d: a break at the end adds none", d.Pages(), first+1)
	}

	items := (&vb{}).para(4).items
	items[2].breakBefore = true
	if got := sizes(paginateAll(items, 10, 1)); got != "2 2" {
		t.Errorf("a break inside a kept paragraph: pages %s, want 2 2", got)
	}
	items = (&vb{}).lines(6).items
	items[3].breakBefore = true // it starts a page anyway
	if got := sizes(paginateAll(items, 3, 1)); got != "3 3" {
		t.Errorf("a break at a page top: pages %s, want 3 3", got)
	}
}

// TestScripts: sub- and superscripts are smaller, lowered and raised, as
// the raw HTML <sub> and <sup> are.
func TestScripts(t *testing.T) {
	b := dialectBook(t, "en", "# Chapter\n\nH~2~O, r^2^ and H<sub>2</sub>O.\n")
	r, _ := composeOne(t, b)
	r.ch = b.Chapters[0]
	para := b.Chapters[0].Doc.FirstChild().NextSibling()
	runs := r.inlines(para, inlineCtx{st: r.base})
	var got []run
	for _, x := range runs {
		if strings.TrimSpace(x.text) == "2" {
			got = append(got, x)
		}
	}
	if len(got) != 3 {
		t.Fatalf("runs %+v: want three 2s", runs)
	}
	base := r.base.size
	for i, x := range got {
		if x.st.size >= base*0.8 || x.st.size <= base*0.5 {
			t.Errorf("script %d is %.1fpt in %.1fpt text", i, x.st.size, base)
		}
	}
	if got[0].st.rise >= 0 || got[1].st.rise <= 0 {
		t.Errorf("subscript rise %.2f, superscript rise %.2f", got[0].st.rise, got[1].st.rise)
	}
	if got[2].st != got[0].st {
		t.Errorf("~2~ is %+v, <sub>2</sub> %+v", got[0].st, got[2].st)
	}
}

// TestSmallCaps: a smallcaps span is set with the font's small capitals
// (Charis has them): other glyphs for lowercase letters, the same text;
// a font without them gets capitals, smaller.
func TestSmallCaps(t *testing.T) {
	b := dialectBook(t, "en", "# Chapter\n\n[Quire]{.smallcaps}\n")
	r, _ := composeOne(t, b)
	if !r.env.hasSmallCaps[0] || !r.env.hasSmallCaps[3] {
		t.Fatalf("Charis has small capitals: %v", r.env.hasSmallCaps)
	}
	if r.env.hasSmallCaps[4] {
		t.Errorf("DejaVu Sans Mono has no small capitals")
	}
	r.ch = b.Chapters[0]
	para := b.Chapters[0].Doc.FirstChild().NextSibling()
	runs := r.inlines(para, inlineCtx{st: r.base})
	if len(runs) != 1 || !runs[0].st.smallCaps || runs[0].text != "Quire" {
		t.Fatalf("runs %+v", runs)
	}
	glyphs := func(st style) (ids []uint16, text string) {
		for _, run := range r.shaped("Quire", st).Runs {
			for _, g := range run.Glyphs {
				ids, text = append(ids, g.ID), text+g.Text
			}
		}
		return ids, text
	}
	plain, _ := glyphs(r.base)
	small, text := glyphs(runs[0].st)
	if text != "Quire" || plain[0] != small[0] || plain[1] == small[1] {
		t.Errorf("small caps %v %q, plain %v", small, text, plain)
	}
	if w, pw := r.meter().width("Quire", runs[0].st), r.meter().width("Quire", r.base); w == pw {
		t.Errorf("small caps measure as the lowercase: %.2f", w)
	}

	r.env.hasSmallCaps[0] = false // as for a font without them
	fake := r.inlines(para, inlineCtx{st: r.base})
	var texts []string
	for _, x := range fake {
		texts = append(texts, x.text)
		if x.st.smallCaps {
			t.Errorf("a made-up small capital run asks for smcp: %+v", x)
		}
	}
	if strings.Join(texts, "|") != "Q|UIRE" || fake[1].st.size != r.base.size*fakeCapScale {
		t.Errorf("made-up small caps: %q, %+v", texts, fake)
	}
}

// TestDialectLayout: the id of a div or a span lands; the alert label and
// a table's caption are kept with what follows; the lines of a line block
// keep their breaks and indents, a long one hanging.
func TestDialectLayout(t *testing.T) {
	// A line block's line begins after "| ": "|    indented" is indented
	// three spaces.
	md := "# Chapter\n\n::: {#box .sidebar}\nBoxed.\n:::\n\nSee [the span]{#sp .mark}.\n\n" +
		"> [!NOTE]\n> Noted.\n\n" +
		"Table: Caption {#tbl}\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n" +
		"| short\n|    indented\n| " + strings.Repeat("word ", 40) + "\n"
	b := dialectBook(t, "en", md)
	d, _ := layoutFile(t, b)
	for _, id := range []string{"box", "sp", "tbl"} {
		if _, ok := d.PageLabel(id); !ok {
			t.Errorf("the anchor %q did not land", id)
		}
	}

	r, items := composeOne(t, b)
	// Find lines by what they draw is not possible without a surface:
	// find them by position in the list instead. The sidebar: top edge,
	// "Boxed.", bottom edge (kept with it).
	if len(items) < 4 || items[1].h != boxPad || items[3].h != boxPad || !items[2].keep || !items[3].keep {
		t.Fatalf("the sidebar's lines: %+v", items[:4])
	}
	if got := items[1].anchors; len(got) != 1 || got[0] != "box" {
		t.Errorf("the sidebar's id lands on %v", got)
	}
	// After "See the span." (item 4): the alert's top edge, its label kept
	// with it, "Noted." kept with the label, the bottom edge.
	alert := items[5:9]
	if alert[0].h != boxPad || !alert[1].keep || !alert[2].keep || !alert[3].keep {
		t.Errorf("the alert's lines are not kept together")
	}
	// The caption, then the table's header row, kept with it.
	if !items[10].keep {
		t.Errorf("the table's first row may leave its caption")
	}
	// The line block: its last lines, the long one broken in three or more,
	// every line after the first kept with it.
	n := len(items)
	long := 0
	for i := n - 1; i > 0 && items[i].keep; i-- {
		long++
	}
	if long < 2 {
		t.Errorf("the long line of the line block is %d lines", long+1)
	}

	// The line block's lines: their indents, and the long one's hang.
	r.ch = b.Chapters[0]
	var lb ast.Node
	for c := b.Chapters[0].Doc.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() == book.KindLineBlock {
			lb = c
		}
	}
	if lb == nil {
		t.Fatal("no line block")
	}
	var offsets [][]float64
	for c := lb.FirstChild(); c != nil; c = c.NextSibling() {
		lines, xs := r.verseLayout(c.(*book.Line))
		for _, l := range lines {
			if l.width > r.x1-r.x0-xs[0]+eps {
				t.Errorf("a line of the line block is overfull: %.1f", l.width)
			}
		}
		offsets = append(offsets, xs)
	}
	space := r.meter().width(" ", r.base)
	if len(offsets) != 3 || len(offsets[0]) != 1 || offsets[0][0] != 0 ||
		len(offsets[1]) != 1 || offsets[1][0] != 3*space ||
		len(offsets[2]) < 3 || offsets[2][0] != 0 || offsets[2][1] != r.geo.indent {
		t.Errorf("the line block's offsets: %v (a space is %.2f, the hang %.2f)", offsets, space, r.geo.indent)
	}
}

// TestForeignText: text a span or a div says is in another language than
// the book's is not hyphenated with the book's patterns.
func TestForeignText(t *testing.T) {
	b := dialectBook(t, "en-US", "# Chapter\n\n[mot]{lang=fr} [word]{lang=en-GB}\n\n::: {lang=de}\nWort\n:::\n")
	r, _ := composeOne(t, b)
	for _, tc := range []struct {
		lang string
		want bool
	}{{"fr", true}, {"en-GB", false}, {"EN", false}, {"", false}, {"pt_BR", true}} {
		if got := r.otherLang(tc.lang); got != tc.want {
			t.Errorf("otherLang(%q) = %v in an en-US book", tc.lang, got)
		}
	}
	r.ch = b.Chapters[0]
	para := b.Chapters[0].Doc.FirstChild().NextSibling()
	var foreign []string
	for _, x := range r.inlines(para, inlineCtx{st: r.base}) {
		if x.st.foreign {
			foreign = append(foreign, x.text)
		}
	}
	if strings.Join(foreign, "|") != "mot" {
		t.Errorf("foreign runs %q, want mot", foreign)
	}
	c := composer{m: r.meter(), hyph: fakeHyphenator{"hyphenation": {2, 6}}}
	penalties := func(foreign bool) int {
		f := frag{text: "hyphenation", st: style{size: 10, foreign: foreign}}
		n := 0
		for _, it := range c.fragItems(nil, &f, true, false, 100) {
			if it.kind == penaltyItem {
				n++
			}
		}
		return n
	}
	if n, m := penalties(true), penalties(false); n != 0 || m == 0 {
		t.Errorf("hyphenation points: %d in a foreign word, %d in the book's language", n, m)
	}
}
