package epub

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
)

// pageEntries builds a book's container entries with a page list.
func pageEntries(t testing.TB, b *book.Book, pl *PageList) map[string][]byte {
	t.Helper()
	es, err := build(b, Options{Modified: testDate, PageList: pl})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, e := range es {
		m[e.Name] = e.Data
	}
	return m
}

// at returns the offset of the first occurrence of word in ch's source.
func at(t testing.TB, ch *book.Chapter, word string) int {
	t.Helper()
	i := bytes.Index(ch.Source, []byte(word))
	if i < 0 {
		t.Fatalf("%q is not in %s", word, ch.File)
	}
	return i
}

// span is the marker of page n, as written.
func span(n string) string {
	return `<span epub:type="pagebreak" role="doc-pagebreak" id="page-` + n + `" aria-label="` + n + `"/>`
}

// TestPageBreakPlacement renders one-chapter books with a hand-made page
// list and checks where each marker lands.
func TestPageBreakPlacement(t *testing.T) {
	for _, tc := range []struct {
		name   string
		md     string
		breaks []string // words the pages start at; "" is the chapter's start
		want   []string // substrings of ch.xhtml
		absent []string
	}{
		{
			name:   "chapter start, before the title",
			md:     "# Title\n\nText.\n",
			breaks: []string{""},
			want:   []string{`aria-labelledby="title">` + "\n" + span("1") + "\n" + `<h1 id="title">`},
		},
		{
			name:   "inside a paragraph, before the word",
			md:     "# T\n\nAlpha beta gamma delta.\n",
			breaks: []string{"", "gamma"},
			want:   []string{"<p>Alpha beta " + span("2") + "gamma delta.</p>"},
		},
		{
			name:   "inside a word (hyphenated across pages): before the word",
			md:     "# T\n\nAlpha development here.\n",
			breaks: []string{"", "opment"},
			want:   []string{"<p>Alpha " + span("2") + "development here.</p>"},
		},
		{
			name:   "two pages in one text node, and across a soft break",
			md:     "# T\n\nAlpha beta\ngamma delta epsilon.\n",
			breaks: []string{"", "beta", "delta"},
			want:   []string{"<p>Alpha " + span("2") + "beta\ngamma " + span("3") + "delta epsilon.</p>"},
		},
		{
			name:   "in a list item",
			md:     "# T\n\n- one two\n- three four\n",
			breaks: []string{"", "four"},
			want:   []string{"<li>three " + span("2") + "four</li>"},
		},
		{
			name:   "in a table cell",
			md:     "# T\n\n| a | b |\n|---|---|\n| one | two three |\n",
			breaks: []string{"", "three"},
			want:   []string{"<td>two " + span("2") + "three</td>"},
		},
		{
			name:   "never in a column header: before the table",
			md:     "# T\n\nText.\n\n| head one | head two |\n|---|---|\n| a | b |\n",
			breaks: []string{"", "two |"},
			want:   []string{"<p>Text.</p>\n" + span("2") + "<table>"},
		},
		{
			name:   "between table rows: in the next cell",
			md:     "# T\n\n| a | b |\n|---|---|\n| one | two |\n| six | ten |\n",
			breaks: []string{"", "| six"},
			want:   []string{"<tr><td>" + span("2") + "six</td>"},
		},
		{
			name:   "in a definition",
			md:     "# T\n\nTerm\n: Its long definition.\n",
			breaks: []string{"", "long"},
			want:   []string{"<dd>Its " + span("2") + "long definition.</dd>"},
		},
		{
			name:   "never inside a link: before it",
			md:     "# T\n\nSee [the other place](#t) now.\n",
			breaks: []string{"", "other"},
			want:   []string{"See " + span("2") + `<a href="ch.xhtml#t">the other place</a> now.`},
		},
		{
			name:   "never inside a noteref",
			md:     "# T\n\nText[^1] more words.\n\n[^1]: The note.\n",
			breaks: []string{"", "[^1]"},
			want:   []string{"Text" + span("2") + `<sup><a epub:type="noteref"`},
			absent: []string{`doc-noteref" id="fnref-ch-1" href="#fn-ch-1">` + span("2")},
		},
		{
			name:   "in emphasis",
			md:     "# T\n\nSome *emphasised words* here.\n",
			breaks: []string{"", "words"},
			want:   []string{"<em>emphasised " + span("2") + "words</em>"},
		},
		{
			name:   "never inside a code span",
			md:     "# T\n\nRun `go test ./...` now.\n",
			breaks: []string{"", "test"},
			want:   []string{"Run " + span("2") + "<code>go test ./...</code>"},
		},
		{
			name:   "before a heading, not inside it",
			md:     "# T\n\nText.\n\n## A Section\n\nMore.\n",
			breaks: []string{"", "Section"},
			want:   []string{span("2") + `<h2 id="a-section">A Section</h2>`},
		},
		{
			name:   "before a code block",
			md:     "# T\n\n```\nline one\nline two\n```\n",
			breaks: []string{"", "two"},
			want:   []string{span("2") + "<pre><code>"},
		},
		{
			name:   "before a figure",
			md:     "# T\n\n![alt words](a.png \"Caption\")\n",
			breaks: []string{"", "words"},
			want:   []string{span("2") + "<figure>"},
		},
		{
			name:   "before a curly quote",
			md:     "# T\n\nHe said \"hello there\" twice.\n",
			breaks: []string{"", "\"hello"},
			want:   []string{"He said " + span("2") + "“hello there” twice."},
		},
		{
			name:   "after the text, before the footnotes",
			md:     "# T\n\nText.[^1]\n\n[^1]: Note.\n",
			breaks: []string{"", "[^1]:"},
			want:   []string{span("2") + "\n" + `<div class="footnotes">`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := oneChapter(t, tc.md, "a.png", string(tinyPNG))
			ch := b.Chapters[0]
			pl := &PageList{Source: "print"}
			for i, w := range tc.breaks {
				off := -1
				if w != "" {
					off = at(t, ch, w)
				}
				pl.Breaks = append(pl.Breaks, PageBreak{Label: strconv.Itoa(i + 1), Chapter: ch, Offset: off})
			}
			got := string(pageEntries(t, b, pl)[root+"ch.xhtml"])
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in:\n%s", w, got)
				}
			}
			for _, a := range tc.absent {
				if strings.Contains(got, a) {
					t.Errorf("unexpected %q in:\n%s", a, got)
				}
			}
			if n := strings.Count(got, `epub:type="pagebreak"`); n != len(tc.breaks) {
				t.Errorf("%d markers, want %d", n, len(tc.breaks))
			}
			checkXML(t, got)
		})
	}
}

func checkXML(t *testing.T, doc string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	for {
		_, err := d.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Errorf("not well-formed: %v", err)
			}
			return
		}
	}
}

// TestPagePlacementAcrossDivisions: part pages, blank pages and ids that
// a heading already uses.
func TestPagePlacementAcrossDivisions(t *testing.T) {
	b := fixture(t, "features")
	byID := map[string]*book.Chapter{}
	for _, ch := range b.Chapters {
		byID[ch.ID] = ch
	}
	part := b.Parts[0]
	pl := &PageList{Source: "print", Breaks: []PageBreak{
		{Label: "1", Chapter: byID["preface"], Offset: -1},
		{Label: "2"}, // blank: goes with page 3
		{Label: "3", Part: part, Offset: -1},
		{Label: "4"}, // blank
		{Label: "5", Chapter: byID["inline"], Offset: -1},
		{Label: "6", Chapter: byID["inline"], Offset: at(t, byID["inline"], "Same heading")},
		{Label: "7", Chapter: byID["appendix"], Offset: -1},
		{Label: "8"}, // blank at the end: after the last text
	}}
	es := pageEntries(t, b, pl)
	partPage := string(es[root+"part-1.xhtml"])
	if !strings.Contains(partPage, span("2")+span("3")+"\n<h1") {
		t.Errorf("part page lacks pages 2 and 3 before its title:\n%s", partPage)
	}
	inline := string(es[root+"inline.xhtml"])
	if !strings.Contains(inline, span("4")+span("5")+"\n<h1") {
		t.Errorf("inline.xhtml lacks pages 4 and 5 at its start:\n%s", inline)
	}
	if !strings.Contains(inline, "<p>"+span("6")+"Same heading") {
		t.Errorf("inline.xhtml lacks page 6 before “Same heading”:\n%s", inline)
	}
	appendix := string(es[root+"appendix.xhtml"])
	if !strings.Contains(appendix, span("8")+"\n<div class=\"footnotes\">") {
		t.Errorf("appendix.xhtml lacks page 8 after its text, before its notes:\n%s", appendix)
	}
	nav := string(es[root+"nav.xhtml"])
	var hrefs []string
	for _, m := range regexp.MustCompile(`<li><a href="([^"]+)">(\d+)</a></li>`).FindAllStringSubmatch(nav[strings.Index(nav, `epub:type="page-list"`):], -1) {
		hrefs = append(hrefs, m[2]+"="+m[1])
	}
	want := []string{"1=preface.xhtml#page-1", "2=part-1.xhtml#page-2", "3=part-1.xhtml#page-3",
		"4=inline.xhtml#page-4", "5=inline.xhtml#page-5", "6=inline.xhtml#page-6",
		"7=appendix.xhtml#page-7", "8=appendix.xhtml#page-8"}
	if strings.Join(hrefs, " ") != strings.Join(want, " ") {
		t.Errorf("page list:\n got %v\nwant %v", hrefs, want)
	}
}

func TestPageIDAvoidsHeadingAnchors(t *testing.T) {
	b := oneChapter(t, "# T\n\n## Page 2\n\nText here.\n")
	ch := b.Chapters[0]
	pl := &PageList{Source: "print", Breaks: []PageBreak{
		{Label: "1", Chapter: ch, Offset: -1},
		{Label: "2", Chapter: ch, Offset: at(t, ch, "here")},
	}}
	es := pageEntries(t, b, pl)
	got := string(es[root+"ch.xhtml"])
	if !strings.Contains(got, `<h2 id="page-2">`) || !strings.Contains(got, `id="page-2-1" aria-label="2"/>here`) {
		t.Errorf("page 2's id should step aside for the heading:\n%s", got)
	}
	if !strings.Contains(string(es[root+"nav.xhtml"]), `<a href="ch.xhtml#page-2-1">2</a>`) {
		t.Errorf("page list does not link page-2-1:\n%s", es[root+"nav.xhtml"])
	}
}

func TestPageListErrors(t *testing.T) {
	b := oneChapter(t, "# T\n\nText.\n")
	ch := b.Chapters[0]
	stranger := &book.Chapter{ID: "x", File: "x.md"}
	for _, tc := range []struct {
		name string
		pl   *PageList
		want string
	}{
		{"no source", &PageList{Breaks: []PageBreak{{Label: "1", Chapter: ch}}}, "no source"},
		{"empty label", &PageList{Source: "s", Breaks: []PageBreak{{Chapter: ch}}}, `label ""`},
		{"label not an id", &PageList{Source: "s", Breaks: []PageBreak{{Label: "1 2", Chapter: ch}}}, `label "1 2"`},
		{"two pages with one label", &PageList{Source: "s", Breaks: []PageBreak{{Label: "1", Chapter: ch}, {Label: "1", Chapter: ch}}}, `two pages labelled "1"`},
		{"chapter of another book", &PageList{Source: "s", Breaks: []PageBreak{{Label: "1", Chapter: stranger}}}, "x.md, which is not in the book"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := build(b, Options{PageList: tc.pl})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestPageRef: "{page}" prints the page label of the link's target from
// the page list, and the title of the target without one (a standalone
// EPUB): a heading's text, or the chapter's title for a link to a chapter.
func TestPageRef(t *testing.T) {
	md := "# T\n\nSee [section, p. {page}](#sub), [{page}](ch.md).\n\n## Sub\n\nText.\n"
	b := oneChapter(t, md)
	ch := b.Chapters[0]
	with := pageEntries(t, b, &PageList{Source: "s",
		Breaks: []PageBreak{{Label: "1", Chapter: ch, Offset: -1}},
		Labels: map[string]string{"sub": "37"}})
	if got := string(with[root+"ch.xhtml"]); !strings.Contains(got, `<a href="ch.xhtml#sub">section, p. 37</a>`) {
		t.Errorf("with a page list:\n%s", got)
	}
	if got := string(entries(t, b)[root+"ch.xhtml"]); !strings.Contains(got, `<a href="ch.xhtml#sub">section, p. Sub</a>, <a href="ch.xhtml#t">T</a>`) {
		t.Errorf("without a page list:\n%s", got)
	}
}

// TestPageListPackage checks the nav, the NCX and the package metadata
// that come with a page list, and that nothing changes without one.
func TestPageListPackage(t *testing.T) {
	b := oneChapter(t, "# T\n\nOne two three.\n")
	ch := b.Chapters[0]
	pl := &PageList{Source: "urn:x (PDF edition)", Breaks: []PageBreak{
		{Label: "1", Chapter: ch, Offset: -1},
		{Label: "2", Chapter: ch, Offset: at(t, ch, "three")},
	}}
	with, without := pageEntries(t, b, pl), entries(t, b)
	for _, tc := range []struct {
		file    string
		want    []string
		without []string // absent without a page list
	}{
		{"nav.xhtml", []string{
			`<nav epub:type="page-list" role="doc-pagelist" id="page-list" aria-labelledby="page-list-title" hidden="hidden">` + "\n" +
				`<h2 id="page-list-title">Pages</h2>` + "\n<ol>\n" +
				`<li><a href="ch.xhtml#page-1">1</a></li>` + "\n" + `<li><a href="ch.xhtml#page-2">2</a></li>` + "\n</ol>\n</nav>",
		}, []string{"page-list"}},
		{"toc.ncx", []string{
			`<meta name="dtb:totalPageCount" content="2"></meta>`,
			`<meta name="dtb:maxPageNumber" content="2"></meta>`,
			"<pageList>\n    <navLabel>\n      <text>Pages</text>\n    </navLabel>\n    <pageTarget id=\"pageTarget-1\" type=\"normal\" value=\"1\">",
			`<content src="ch.xhtml#page-2"></content>`,
		}, []string{"pageList"}},
		{"package.opf", []string{
			`<dc:source id="pagination-source">urn:x (PDF edition)</dc:source>`,
			`<meta refines="#pagination-source" property="source-of">pagination</meta>`,
			`<meta property="schema:accessibilityFeature">pageBreakMarkers</meta>`,
			`<meta property="schema:accessibilityFeature">pageNavigation</meta>`,
			"print (PDF) edition starts",
		}, []string{"dc:source", "source-of", "pageBreakMarkers", "pageNavigation", "print (PDF)"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got, plain := string(with[root+tc.file]), string(without[root+tc.file])
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in:\n%s", w, got)
				}
			}
			for _, w := range tc.without {
				if strings.Contains(plain, w) {
					t.Errorf("without a page list, %q is in:\n%s", w, plain)
				}
			}
		})
	}
}

// TestGoldenPageList compares the features fixture with a page list (a
// page every 40 words) with its golden files.
func TestGoldenPageList(t *testing.T) {
	b := fixture(t, "features")
	es := pageEntries(t, b, synthPageList(b, 40))
	for _, name := range []string{"package.opf", "nav.xhtml", "toc.ncx", "part-1.xhtml", "inline.xhtml", "appendix.xhtml"} {
		t.Run(name, func(t *testing.T) {
			data, ok := es[root+name]
			if !ok {
				t.Fatalf("no entry %s", root+name)
			}
			golden(t, "pagelist-"+name, data)
		})
	}
}

// synthPageList makes a page list the way a print layout would: a page at
// each part and at each chapter's start, and a new page every
// wordsPerPage words of text.
func synthPageList(b *book.Book, wordsPerPage int) *PageList {
	pl := &PageList{Source: b.Meta.Identifier + " (PDF edition)", Labels: map[string]string{}}
	add := func(br PageBreak) {
		br.Label = strconv.Itoa(len(pl.Breaks) + 1)
		pl.Breaks = append(pl.Breaks, br)
	}
	for _, d := range b.Spine {
		if d.Part != nil {
			add(PageBreak{Part: d.Part, Offset: -1})
			pl.Labels[d.Part.Anchor] = strconv.Itoa(len(pl.Breaks))
			continue
		}
		ch := d.Chapter
		add(PageBreak{Chapter: ch, Offset: -1})
		pl.Labels[ch.Anchor] = strconv.Itoa(len(pl.Breaks))
		words := 0
		_ = ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if h, ok := n.(*ast.Heading); ok && entering {
				if id := attrString(h, "id"); id != "" {
					pl.Labels[id] = strconv.Itoa(len(pl.Breaks))
				}
			}
			t, ok := n.(*ast.Text)
			if !ok || !entering {
				return ast.WalkContinue, nil
			}
			for _, off := range wordStarts(ch.Source, t.Segment.Start, t.Segment.Stop) {
				words++
				if words%wordsPerPage == 0 {
					add(PageBreak{Chapter: ch, Offset: off})
				}
			}
			return ast.WalkContinue, nil
		})
	}
	return pl
}

// wordStarts returns the offsets of the words that start in src[from:to].
func wordStarts(src []byte, from, to int) []int {
	var out []int
	prevSpace := from == 0 || isSpace(src, from-1)
	for i := from; i < to; {
		r, size := utf8.DecodeRune(src[i:])
		space := unicode.IsSpace(r)
		if !space && prevSpace {
			out = append(out, i)
		}
		prevSpace = space
		i += size
	}
	return out
}

func isSpace(src []byte, i int) bool {
	for i > 0 && !utf8.RuneStart(src[i]) {
		i--
	}
	r, _ := utf8.DecodeRune(src[i:])
	return unicode.IsSpace(r)
}
