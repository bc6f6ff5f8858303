package book

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/rawhtml"
)

func loadMap(t *testing.T, files map[string]string) (*Book, Diagnostics) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, s := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(s)}
	}
	return Load(fsys)
}

// htmlOf returns the sanitized HTML of every raw HTML node of ch, in order.
func htmlOf(b *Book, ch *Chapter) []HTMLToken {
	var out []HTMLToken
	_ = ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && (n.Kind() == ast.KindRawHTML || n.Kind() == ast.KindHTMLBlock) {
			out = append(out, b.HTML(n)...)
		}
		return ast.WalkContinue, nil
	})
	return out
}

func TestRawHTMLWarningsArePlaced(t *testing.T) {
	_, d := loadMap(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nchapters: [one.md]\n",
		"one.md":    "# One\n\nText <span onclick=\"x()\">a</span> b.\n\n<script>x()</script>\n\n<!-- quiet -->\n",
	})
	got := d.Error()
	for _, want := range []string{
		"one.md:3:6: warning: attribute onclick removed from <span> (scripts never run in a book)",
		"one.md:5:1: warning: <script> removed from raw HTML (scripts never run in a book)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "quiet") || d.HasErrors() {
		t.Errorf("unexpected diagnostics:\n%s", got)
	}
}

func TestRawHTMLAnchorsAndLinks(t *testing.T) {
	b, d := loadMap(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nchapters: [one.md, two.md]\n",
		"one.md":    "# One\n\nSee [there](two.md#spot) and <a href=\"two.md#spot\">here</a>.\n\n<span id=\"one\">taken</span>\n",
		"two.md":    "# Two\n\n<a name=\"spot\"></a>Spot.\n",
	})
	if d.HasErrors() {
		t.Fatal(d.Error())
	}
	if !strings.Contains(d.Error(), `id "one" in raw HTML is already used`) {
		t.Errorf("the id taken by the heading is not reported:\n%s", d.Error())
	}
	one, two := b.Chapters[0], b.Chapters[1]
	var link, renamed *HTMLToken
	toks := htmlOf(b, one)
	for i := range toks {
		if toks[i].Tag == "a" && toks[i].Kind == rawhtml.Start {
			link = &toks[i]
		}
		if toks[i].Tag == "span" && toks[i].Kind == rawhtml.Start {
			renamed = &toks[i]
		}
	}
	if link == nil || link.Link.Chapter != two || link.Link.Anchor != "spot" {
		t.Errorf("raw <a href> resolved to %+v, want two#spot", link)
	}
	if id, _ := renamed.Attr("id"); id == "one" || id == "" {
		t.Errorf("colliding id kept as %q", id)
	}
	var mdLink *ast.Link
	_ = ast.Walk(one.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			mdLink = l
		}
		return ast.WalkContinue, nil
	})
	if got := b.Link(mdLink); got.Chapter != two || got.Anchor != "spot" {
		t.Errorf("Markdown link to a raw HTML anchor in a later chapter resolved to %+v", got)
	}
}

func TestRawHTMLImages(t *testing.T) {
	b, d := loadMap(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nchapters: [one.md]\n",
		"one.md":    "# One\n\n<img src=\"https://example.com/badge.png\" alt=\"badge\">\n\n<img src=\"missing.png\" alt=\"m\">\n",
	})
	got := d.Error()
	if !strings.Contains(got, `one.md:3:1: warning: <img src="https://example.com/badge.png"> removed`) {
		t.Errorf("remote image not reported:\n%s", got)
	}
	if !strings.Contains(got, "one.md:5:1: error: ") || !strings.Contains(got, "missing.png") {
		t.Errorf("missing image not an error:\n%s", got)
	}
	for _, tk := range htmlOf(b, b.Chapters[0]) {
		if tk.Image != nil {
			t.Errorf("image %v resolved", tk.Image.Path)
		}
	}
}

// TestRawHTMLInlineOpen checks that the text between inline tags knows the
// elements around it (the PDF styles it).
func TestRawHTMLInlineOpen(t *testing.T) {
	b, _ := loadMap(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nchapters: [one.md]\n",
		"one.md":    "# One\n\nPress <kbd>Ctrl</kbd> now.\n",
	})
	var text ast.Node
	_ = ast.Walk(b.Chapters[0].Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if tx, ok := n.(*ast.Text); ok && entering && string(tx.Value(b.Chapters[0].Source)) == "Ctrl" {
			text = n
		}
		return ast.WalkContinue, nil
	})
	open := b.HTMLOpen(text)
	if len(open) != 1 || open[0].Tag != "kbd" {
		t.Errorf("HTMLOpen(Ctrl) = %+v, want kbd", open)
	}
}

// TestRawHTMLNamedAnchorBesideHeading checks that <a name="x"></a> in the
// chapter whose heading is x, as GitHub documents write it, is quiet, and
// that links to x still land.
func TestRawHTMLNamedAnchorBesideHeading(t *testing.T) {
	b, d := loadMap(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nchapters: [one.md]\n",
		"one.md":    "# One\n\n## Control Statements\n\n  <a name=\"control-statements\"></a>\n  - [17.1](#control-statements) Text.\n",
	})
	if len(d) != 0 {
		t.Fatalf("want no diagnostics, got:\n%s", d.Error())
	}
	ch := b.Chapters[0]
	var link *ast.Link
	ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			link = l
		}
		return ast.WalkContinue, nil
	})
	if got := b.Link(link).Anchor; got != "control-statements" {
		t.Errorf("the link lands on %q, want the heading's anchor", got)
	}
}

// TestRawHTMLIDInItsHeading checks that <span id="x"> in the heading whose
// id is x (GitHub documents' old-link anchors) is quiet, while the same id
// elsewhere in the chapter is reported.
func TestRawHTMLIDInItsHeading(t *testing.T) {
	_, d := loadMap(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nchapters: [one.md]\n",
		"one.md":    "# One\n\n## <span id=speed-improvements /> Speed Improvements\n\nText <span id=\"one\">here</span>.\n",
	})
	got := d.Error()
	if strings.Contains(got, "speed-improvements") {
		t.Errorf("the id inside its own heading is reported:\n%s", got)
	}
	if !strings.Contains(got, `id "one" in raw HTML is already used`) {
		t.Errorf("the id taken by the title is not reported:\n%s", got)
	}
}

// TestRawHTMLIDInTwoFiles checks that one raw HTML id in two files (as
// GitHub, which sees each file alone, allows) is quiet, and that each
// file's links to it land in that file.
func TestRawHTMLIDInTwoFiles(t *testing.T) {
	b, d := loadMap(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nchapters: [one.md, two.md]\n",
		"one.md":    "# One\n\nSee [note](#fn1).\n\n<sup id=\"fn1\">1</sup> Note.\n",
		"two.md":    "# Two\n\nSee [note](#fn1).\n\n<sup id=\"fn1\">1</sup> Note.\n",
	})
	if len(d) != 0 {
		t.Fatalf("want no diagnostics, got:\n%s", d.Error())
	}
	for _, ch := range b.Chapters {
		ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.Link); ok && entering {
				if tg := b.Link(l); tg.Chapter != ch {
					t.Errorf("%s's link goes to %s#%s", ch.File, tg.Chapter.File, tg.Anchor)
				}
			}
			return ast.WalkContinue, nil
		})
	}
}
