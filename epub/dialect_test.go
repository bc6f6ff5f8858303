package epub

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/validate"
)

// TestDialectXHTML renders each construct of Quire's dialect (alerts,
// fenced divs, spans, sub- and superscripts, line blocks, table captions,
// page breaks, implicit figures) and checks the XHTML it becomes.
func TestDialectXHTML(t *testing.T) {
	for _, tc := range []struct {
		name   string
		md     string
		lang   string   // the book's language; "" for English
		want   []string // substrings of ch.xhtml, in this order
		absent []string
	}{
		{
			name:   "github alert",
			md:     "> [!NOTE]\n> A *note*.\n",
			want:   []string{"<div class=\"note alert\" role=\"note\">\n<p class=\"alert-label\">Note</p>\n<p>A <em>note</em>.</p>\n</div>\n"},
			absent: []string{"<blockquote", "[!NOTE]"},
		},
		{
			name:   "skipped heading levels: written at their rank, styled as written",
			md:     "#### Deep\n\ntext\n\n#### Again {.unnumbered}\n\n## Back\n",
			want:   []string{`<h2 id="deep" class="h4">Deep</h2>`, `<h2 id="again" class="unnumbered h4">Again</h2>`, `<h2 id="back">Back</h2>`},
			absent: []string{"<h4"},
		},
		{
			name: "every alert kind",
			md:   "> [!TIP]\n> a\n\n> [!IMPORTANT]\n> b\n\n> [!WARNING]\n> c\n\n> [!CAUTION]\n> d\n",
			want: []string{
				`<div class="tip alert" role="note">` + "\n" + `<p class="alert-label">Tip</p>`,
				`<div class="important alert" role="note">` + "\n" + `<p class="alert-label">Important</p>`,
				`<div class="warning alert" role="note">` + "\n" + `<p class="alert-label">Warning</p>`,
				`<div class="caution alert" role="note">` + "\n" + `<p class="alert-label">Caution</p>`,
			},
		},
		{
			name: "alert label in the book's language",
			md:   "> [!WARNING]\n> Achtung.\n",
			lang: "de-AT",
			want: []string{`<p class="alert-label">Warnung</p>`},
		},
		{
			name:   "fenced div with id, classes and language",
			md:     "::: {#box .poem .wide lang=fr dir=ltr}\nTexte.\n:::\n",
			want:   []string{"<div id=\"box\" class=\"poem wide\" lang=\"fr\" xml:lang=\"fr\" dir=\"ltr\">\n<p>Texte.</p>\n</div>\n"},
			absent: []string{":::", "{#box"},
		},
		{
			name:   "fenced div styles",
			md:     "::: note\nn\n:::\n\n::: warning\nw\n:::\n\n::: epigraph\ne\n:::\n\n::: dedication\nd\n:::\n\n::: center\nc\n:::\n",
			want:   []string{`<div class="note">`, `<div class="warning">`, `<div class="epigraph">`, `<div class="dedication">`, `<div class="center">`},
			absent: []string{`role="note"`, "alert-label"},
		},
		{
			name: "sidebar is an aside",
			md:   "::: {.sidebar #aside}\nBeside the point.\n:::\n",
			want: []string{"<aside id=\"aside\" class=\"sidebar\">\n<p>Beside the point.</p>\n</aside>\n"},
		},
		{
			name: "nested fenced divs",
			md:   ":::: sidebar\nOuter.\n\n::: epigraph\nInner.\n:::\n\nAfter.\n::::\n",
			want: []string{"<aside class=\"sidebar\">\n<p>Outer.</p>\n<div class=\"epigraph\">\n<p>Inner.</p>\n</div>\n<p>After.</p>\n</aside>\n"},
		},
		{
			name: "spans",
			md:   "[Small Caps]{.smallcaps} [under]{.underline} [marked]{.mark} [both]{.mark .smallcaps} [mot]{lang=fr} [ltr]{dir=rtl} [id]{#here}\n",
			want: []string{
				`<span class="smallcaps">Small Caps</span>`,
				`<span class="underline">under</span>`,
				`<mark>marked</mark>`,
				`<mark class="smallcaps">both</mark>`,
				`<span lang="fr" xml:lang="fr">mot</span>`,
				`<span dir="rtl">ltr</span>`,
				`<span id="here">id</span>`,
			},
			absent: []string{"]{", "{."},
		},
		{
			name:   "sub- and superscripts",
			md:     "H~2~O and r^2^, e^iπ^.\n",
			want:   []string{"H<sub>2</sub>O and r<sup>2</sup>, e<sup>iπ</sup>."},
			absent: []string{"~2~", "^2^"},
		},
		{
			name: "line block",
			md:   "| The first line\n|     indented by four\n|\n| after an empty line\n",
			want: []string{"<div class=\"line-block\">\n" +
				"<div class=\"line\">The first line</div>\n" +
				"<div class=\"line\">\u00a0\u00a0\u00a0\u00a0indented by four</div>\n" +
				"<div class=\"line\">\u00a0</div>\n" +
				"<div class=\"line\">after an empty line</div>\n" +
				"</div>\n"},
			absent: []string{"| "},
		},
		{
			name:   "table caption after the table",
			md:     "| a |\n|---|\n| 1 |\n\nTable: Numbers *here*\n",
			want:   []string{"<table>\n<caption>Numbers <em>here</em></caption>\n<thead>"},
			absent: []string{"Table:"},
		},
		{
			name:   "table caption before the table",
			md:     ": Before\n\n| a |\n|---|\n| 1 |\n",
			want:   []string{"<table>\n<caption>Before</caption>\n<thead>"},
			absent: []string{": Before"},
		},
		{
			name:   "page break writes nothing",
			md:     "Before.\n\n\\newpage\n\nAfter.\n",
			want:   []string{"<p>Before.</p>\n<p>After.</p>\n"},
			absent: []string{"newpage", "page-break"},
		},
		{
			name:   "implicit figure captioned by its alt text",
			md:     "![A *red* square](images/d.png)\n",
			want:   []string{"<figure>\n<img src=\"images/d.png\" alt=\"A red square\"/>\n<figcaption aria-hidden=\"true\">A <em>red</em> square</figcaption>\n</figure>\n"},
			absent: []string{"<p><img"},
		},
		{
			name:   "implicit figure captioned by its title",
			md:     "![A red square](images/d.png \"Figure 1: \\*red\\*\")\n",
			want:   []string{"<figure>\n<img src=\"images/d.png\" alt=\"A red square\"/>\n<figcaption>Figure 1: *red*</figcaption>\n</figure>\n"},
			absent: []string{"aria-hidden", "title="},
		},
		{
			name:   "figure caption with a link stays readable",
			md:     "![See [the text](#t)](images/d.png)\n",
			want:   []string{`<figcaption>See <a href="ch.xhtml#t">the text</a></figcaption>`},
			absent: []string{"aria-hidden"},
		},
		{
			name:   "figure without alt text or title has no caption",
			md:     "![](images/d.png)\n",
			want:   []string{"<figure>\n<img src=\"images/d.png\" alt=\"\"/>\n</figure>\n"},
			absent: []string{"<figcaption"},
		},
		{
			name:   "an image among words is no figure",
			md:     "An ![icon](images/d.png) inline.\n",
			want:   []string{`<p>An <img src="images/d.png" alt="icon"/> inline.</p>`},
			absent: []string{"<figure"},
		},
		{
			name:   "html comments are left out",
			md:     "<!-- a block comment -->\n\nText <!-- an inline comment --> more.\n\n<!--\nmulti-line\n-->\n",
			want:   []string{"<p>Text  more.</p>"},
			absent: []string{"<!--", "-->", "comment", "multi-line"},
		},
		{
			name:   "unnumbered and unlisted headings",
			md:     "## One {-}\n\n## Two {.unnumbered .unlisted}\n",
			want:   []string{`<h2 id="one" class="unnumbered">One</h2>`, `<h2 id="two" class="unnumbered unlisted">Two</h2>`},
			absent: []string{"{-}", "{.unnumbered"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := dialectBook(t, tc.lang, "# T\n\n"+tc.md)
			got := string(entries(t, b)[root+"ch.xhtml"])
			body := got[strings.Index(got, "<section"):]
			at := 0
			for _, w := range tc.want {
				i := strings.Index(body[at:], w)
				if i < 0 {
					t.Errorf("missing or out of order:\n%s\nin:\n%s", w, body)
					continue
				}
				at += i + len(w)
			}
			for _, a := range tc.absent {
				if strings.Contains(body, a) {
					t.Errorf("should not contain %q:\n%s", a, body)
				}
			}
		})
	}
}

// TestAttrsOf checks the attributes a div or a span is written with,
// including the values XHTML would refuse, which are left out.
func TestAttrsOf(t *testing.T) {
	for _, tc := range []struct {
		name  string
		attrs book.Attrs
		extra []string
		want  string
	}{
		{"none", book.Attrs{}, nil, ``},
		{"all", book.Attrs{ID: "x", Classes: []string{"a", "b"}, Lang: "sr-Latn-RS", Dir: "rtl"}, []string{"alert"},
			` id="x" class="a b alert" lang="sr-Latn-RS" xml:lang="sr-Latn-RS" dir="rtl"`},
		{"other pairs as data attributes", book.Attrs{Other: [][2]string{{"custom-style", `A "quoted" <b>`}, {"n", "1"}}}, nil,
			` data-custom-style="A &quot;quoted&quot; &lt;b&gt;" data-n="1"`},
		{"names XHTML refuses", book.Attrs{Other: [][2]string{{"Upper", "1"}, {"xmlns", "2"}, {"a b", "3"}, {"1x", "4"}, {"", "5"}}}, nil, ``},
		{"bad language", book.Attrs{Lang: "not a tag"}, nil, ``},
		{"language subtag too long", book.Attrs{Lang: "en-abcdefghi"}, nil, ``},
		{"language starting with a digit", book.Attrs{Lang: "1en"}, nil, ``},
		{"bad direction", book.Attrs{Dir: "up"}, nil, ``},
		{"direction case", book.Attrs{Dir: "RTL"}, nil, ` dir="rtl"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w xw
			w.attrs(attrsOf(&tc.attrs, false, tc.extra...))
			if got := w.String(); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// dialectChapter uses every construct of the dialect, inside one another
// where they may be.
const dialectChapter = `# Every Construct

Before the alerts, text.

> [!NOTE]
> A note with [small caps]{.smallcaps} and H~2~O.

> [!TIP]
> A tip.

> [!IMPORTANT]
> Important: r^2^.

> [!WARNING]
> A warning, with a list:
>
> - one
> - two

> [!CAUTION]
> Caution.

::: {.sidebar #aside lang=fr}
Un encadré en français, with [marked]{.mark} words.

::: epigraph
An epigraph inside the sidebar.
:::
:::

::: {.note}
A fenced note.
:::

::: warning
A fenced warning.
:::

::: {.tip} 
A fenced tip.
:::

::: important
Fenced important.
:::

::: caution
Fenced caution.
:::

::: dedication
To the reader.
:::

::: center
Centred.
:::

::: {.unknown-style #plain-div custom=value}
A div with a class of its own.
:::

Spans: [underlined]{.underline}, [mot]{lang=fr}, [right to left]{dir=rtl},
[anchored]{#span-anchor}, x^n^ and C~6~H~12~O~6~.

| Roses are red,
|     violets are blue,
|
| line blocks keep
|         their indents.

| Name | Value |
|------|------:|
| one  | 1     |
| two  | 2     |

Table: Numbers with a *caption*

A paragraph between the tables.

Table: A caption before its table

| a |
|---|
| b |

![A gradient diagram](images/d.png)

![Another diagram](images/d.png "Figure 2: with a title")

\newpage

## Unnumbered {-}

Text.

## Unlisted {.unnumbered .unlisted}

<!-- a comment that must not show -->

Text <!-- inline comment --> after.
`

// dialectSyntax is what the dialect's syntax looks like: none of it may
// reach the reader.
var dialectSyntax = []string{"[!NOTE]", "[!TIP]", "[!WARNING]", ":::", "]{.", "]{#", "]{lang", "]{dir", "~2~", "^2^", "^n^",
	"Table:", `\newpage`, "{-}", "{.unnumbered", "| Roses", "<!--", "comment"}

// TestDialectValidates builds a chapter that uses every construct, with
// and without a page list (a page every 4 words, so that markers land in
// every construct), runs EPUBCheck and Ace on it, and checks that none of
// the syntax is left in the text.
func TestDialectValidates(t *testing.T) {
	b := dialectBook(t, "en", dialectChapter)
	for _, nb := range []namedBook{{"dialect", b, nil}, {"dialect-pages", b, synthPageList(b, 4)}} {
		t.Run(nb.name, func(t *testing.T) {
			path := writeTemp(t, nb)
			text, err := validate.EPUBText(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range dialectSyntax {
				if strings.Contains(text, s) {
					t.Errorf("the text shows the syntax %q:\n%s", s, text)
				}
			}
			for _, s := range []string{"Note", "Caution", "Un encadré", "Roses", "Numbers with a", "A caption before", "A gradient diagram", "Figure 2: with a title"} {
				if !strings.Contains(text, s) {
					t.Errorf("the text lacks %q:\n%s", s, text)
				}
			}
			t.Run("epubcheck", func(t *testing.T) {
				validate.Require(t, "epubcheck")
				r, err := validate.EPUBCheck(path)
				if err != nil {
					t.Fatal(err)
				}
				if r.Fatal+r.Errors+r.Warnings > 0 {
					t.Errorf("EPUBCheck: %d fatal, %d errors, %d warnings:\n%s",
						r.Fatal, r.Errors, r.Warnings, strings.Join(r.Messages, "\n"))
				}
			})
			t.Run("ace", func(t *testing.T) {
				if testing.Short() {
					t.Skip("Ace is slow; skipped with -short")
				}
				validate.Require(t, "ace")
				fails, err := validate.Ace(path)
				if err != nil {
					t.Fatal(err)
				}
				if len(fails) > 0 {
					t.Errorf("Ace: %d violations:\n%s", len(fails), strings.Join(fails, "\n"))
				}
			})
		})
	}
}

// TestDialectNav checks that an unlisted heading is left out of both
// tables of contents and that an unnumbered one stays in them.
func TestDialectNav(t *testing.T) {
	es := entries(t, dialectBook(t, "en", dialectChapter))
	for _, name := range []string{"nav.xhtml", "toc.ncx"} {
		doc := string(es[root+name])
		if !strings.Contains(doc, "Unnumbered") {
			t.Errorf("%s lacks the unnumbered heading:\n%s", name, doc)
		}
		if regexp.MustCompile(`>\s*Unlisted\s*<`).MatchString(doc) {
			t.Errorf("%s lists the unlisted heading:\n%s", name, doc)
		}
	}
}

// dialectBook loads a book of one chapter, ch.md, in language lang
// ("" for English), with an image at images/d.png.
func dialectBook(t *testing.T, lang, md string) *book.Book {
	t.Helper()
	if lang == "" {
		lang = "en"
	}
	png, err := os.ReadFile(filepath.Join("testdata", "features", "images", "diagram.png"))
	if err != nil {
		t.Fatal(err)
	}
	return load(t, fstest.MapFS{
		"book.yaml":    {Data: []byte("title: Dialect\nauthors: [A]\nlanguage: " + lang + "\n")},
		"ch.md":        {Data: []byte(md)},
		"images/d.png": {Data: png},
	})
}

// TestDialectGolden compares the XHTML of the chapter that uses every
// construct, without and with a page list, with its golden files.
func TestDialectGolden(t *testing.T) {
	b := dialectBook(t, "en", dialectChapter)
	golden(t, "dialect.xhtml", entries(t, b)[root+"ch.xhtml"])
	es, err := build(b, Options{Modified: testDate, PageList: synthPageList(b, 4)})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Name == root+"ch.xhtml" {
			golden(t, "dialect-pages.xhtml", e.Data)
		}
	}
}

// TestEmptyHeaderCell: the empty corner of a table's header row is a
// <td>, not a <th> with no text (Ace's empty-table-header).
func TestEmptyHeaderCell(t *testing.T) {
	b := load(t, fstest.MapFS{
		"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\nchapters: [ch.md]\n")},
		"ch.md":     {Data: []byte("# One\n\n| | Quire | Pandoc |\n|---|---|---|\n| pages | 101 | 104 |\n")},
	})
	got := string(entries(t, b)[root+"ch.xhtml"])
	if !strings.Contains(got, "<thead>\n<tr><td></td><th scope=\"col\">Quire</th>") {
		t.Errorf("the header row is not a <td> corner and <th> headers:\n%s", got)
	}
}
