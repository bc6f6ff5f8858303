package book

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// outline writes the dialect nodes of a parsed chapter and the text under
// them, one node per line, indented by depth: the shape a test compares.
func outline(doc ast.Node, src []byte) string {
	var sb strings.Builder
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		pad := strings.Repeat("  ", depth)
		switch t := n.(type) {
		case *Div:
			fmt.Fprintf(&sb, "%sDiv alert=%q classes=%v id=%q lang=%q\n", pad, t.Alert, t.Classes, t.ID, t.Lang)
		case *Span:
			fmt.Fprintf(&sb, "%sSpan classes=%v id=%q lang=%q\n", pad, t.Classes, t.ID, t.Lang)
		case *Script:
			fmt.Fprintf(&sb, "%s%s %q\n", pad, t.Kind(), PlainText(t, src))
			return
		case *LineBlock:
			fmt.Fprintf(&sb, "%sLineBlock\n", pad)
		case *Line:
			fmt.Fprintf(&sb, "%sLine %d %q\n", pad, t.Indent, PlainText(t, src))
			return
		case *TableCaption:
			fmt.Fprintf(&sb, "%sTableCaption %q\n", pad, PlainText(t, src))
			return
		case *PageBreak:
			fmt.Fprintf(&sb, "%sPageBreak\n", pad)
		case *ast.Heading:
			class, _ := t.AttributeString("class")
			id, _ := t.AttributeString("id")
			fmt.Fprintf(&sb, "%sHeading %q id=%q class=%q\n", pad, PlainText(t, src), attrString(id), attrString(class))
			return
		case *ast.Paragraph, *ast.TextBlock:
			fmt.Fprintf(&sb, "%sP %q\n", pad, PlainText(t, src))
		}
		inner := depth // only the dialect's containers indent what they hold
		if n.Kind() == KindDiv || n.Kind() == KindLineBlock {
			inner++
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c, inner)
		}
	}
	walk(doc, 0)
	return sb.String()
}

func TestDialect(t *testing.T) {
	tests := []struct {
		name, md, want string
	}{
		{"alert", "> [!NOTE]\n> Useful *information*.\n",
			"Div alert=\"note\" classes=[note] id=\"\" lang=\"\"\n  P \"Useful information.\"\n"},
		{"alert lower case, blank line", "> [!warning]\n>\n> Careful.\n",
			"Div alert=\"warning\" classes=[warning] id=\"\" lang=\"\"\n  P \"Careful.\"\n"},
		{"alert marker with text is a quote", "> [!NOTE] not alone\n",
			"P \"[!NOTE] not alone\"\n"},
		{"unknown alert kind is a quote", "> [!DANGER]\n> x\n",
			"P \"[!DANGER] x\"\n"},
		{"fenced div", "::: {.sidebar #side lang=fr}\nText.\n:::\n",
			"Div alert=\"\" classes=[sidebar] id=\"side\" lang=\"fr\"\n  P \"Text.\"\n"},
		{"fenced div nested, word class, trailing colons", "::::: outer :::::\nA\n\n::: {.warning}\nB\n:::\n\nC\n:::::\n",
			"Div alert=\"\" classes=[outer] id=\"\" lang=\"\"\n  P \"A\"\n  Div alert=\"\" classes=[warning] id=\"\" lang=\"\"\n    P \"B\"\n  P \"C\"\n"},
		{"fenced div never closed runs to the end", "::: note\nA\n\nB\n",
			"Div alert=\"\" classes=[note] id=\"\" lang=\"\"\n  P \"A\"\n  P \"B\"\n"},
		{"bare colons are text", ":::\nA\n:::\n", "P \"::: A :::\"\n"},
		{"span", "a [small *caps*]{.smallcaps} b\n",
			"P \"a small caps b\"\nSpan classes=[smallcaps] id=\"\" lang=\"\"\n"},
		{"span with lang, in a link", "[see [ici]{lang=fr}](#x)\n",
			"P \"see ici\"\nSpan classes=[] id=\"\" lang=\"fr\"\n"},
		{"escaped bracket is no span", "\\[x]{.y}\n", "P \"\\\\[x]{.y}\"\n"},
		{"brackets without attributes stay", "[a] and [b]\n", "P \"[a] and [b]\"\n"},
		{"span across lines", "[two\nlines]{.mark} after\n",
			"P \"two lines after\"\nSpan classes=[mark] id=\"\" lang=\"\"\n"},
		{"sub and sup", "H~2~O and r^2^\n",
			"P \"H2O and r2\"\nSubscript \"2\"\nSuperscript \"2\"\n"},
		{"strikethrough stays", "~~gone~~ and ~a b~\n", "P \"gone and a b\"\n"},
		{"no script across a space", "2 ^ 3 ^ 4 and a~ b~\n", "P \"2 ^ 3 ^ 4 and a~ b~\"\n"},
		{"line block", "| The first\n|     indented\n  continued\n| \n| last\n",
			"LineBlock\n  Line 0 \"The first\"\n  Line 4 \"indented continued\"\n  Line 0 \"\"\n  Line 0 \"last\"\n"},
		{"bare bar, then a continuation", "|\n 0\n", "LineBlock\n  Line 0 \"0\"\n"},
		{"a table is not a line block", "| a | b |\n|---|---|\n| 1 | 2 |\n", ""},
		{"table caption after", "| a |\n|---|\n| 1 |\n\nTable: The *caption*\n",
			"TableCaption \"The caption\"\n"},
		{"table caption before, colon form", ": Before\n\n| a |\n|---|\n| 1 |\n",
			"TableCaption \"Before\"\n"},
		{"page break", "A\n\n\\newpage\n\nB\n\n\\pagebreak\n",
			"P \"A\"\nPageBreak\nP \"B\"\nPageBreak\n"},
		{"newpage in text is text", "see \\newpage here\n", "P \"see \\\\newpage here\"\n"},
		{"heading attributes", "# One {-}\n\n## Two {#two .unnumbered .unlisted}\n\n## Code `x` {.unlisted}\n\n## Using {braces}\n",
			"Heading \"One\" id=\"\" class=\"unnumbered\"\nHeading \"Two\" id=\"two\" class=\"unnumbered unlisted\"\nHeading \"Code x\" id=\"\" class=\"unlisted\"\nHeading \"Using {braces}\" id=\"\" class=\"\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.md)
			got := outline(parseMarkdown(newMarkdown(""), src), src)
			if tt.want == "" {
				// only dialect nodes matter: none may appear
				for _, kind := range []string{"Div", "Span", "LineBlock", "TableCaption", "PageBreak", "Subscript", "Superscript"} {
					if strings.Contains(got, kind) {
						t.Fatalf("got %s in\n%s", kind, got)
					}
				}
				return
			}
			if got != tt.want {
				t.Errorf("markdown:\n%s\ngot:\n%s\nwant:\n%s", tt.md, got, tt.want)
			}
		})
	}
}

func TestParseAttrs(t *testing.T) {
	tests := []struct {
		in   string
		want Attrs
		n    int
	}{
		{"{#id .a .b}", Attrs{ID: "id", Classes: []string{"a", "b"}}, 11},
		{"{lang=fr dir=RTL}x", Attrs{Lang: "fr", Dir: "rtl"}, 17},
		{`{key="a \"b\" c" .x}`, Attrs{Classes: []string{"x"}, Other: [][2]string{{"key", `a "b" c`}}}, 20},
		{"{-}", Attrs{Classes: []string{"unnumbered"}}, 3},
		{"{}", Attrs{}, 2},
	}
	for _, tt := range tests {
		a, n, ok := parseAttrs([]byte(tt.in))
		if !ok || n != tt.n || fmt.Sprint(a) != fmt.Sprint(tt.want) {
			t.Errorf("parseAttrs(%q) = %+v, %d, %v; want %+v, %d", tt.in, a, n, ok, tt.want, tt.n)
		}
	}
	for _, bad := range []string{"{braces}", "{.a", "{=x}", "{#}", "x{.a}", `{k="open}`} {
		if _, _, ok := parseAttrs([]byte(bad)); ok {
			t.Errorf("parseAttrs(%q) accepted", bad)
		}
	}
}

// TestTableCaptionAttributes checks that "Table: Caption {#id .class}"
// gives the table its id and classes and leaves them out of the caption.
func TestTableCaptionAttributes(t *testing.T) {
	src := []byte("| a |\n|---|\n| 1 |\n\nTable: Printings of the poem {#printings .wide}\n")
	doc := parseMarkdown(newMarkdown(""), src)
	var id, class string
	var caption string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Kind().String() == "Table" {
			v, _ := n.AttributeString("id")
			c, _ := n.AttributeString("class")
			id, class = attrString(v), attrString(c)
			caption = PlainText(n.FirstChild(), src)
		}
		return ast.WalkContinue, nil
	})
	if id != "printings" || class != "wide" || caption != "Printings of the poem" {
		t.Errorf("table id %q, class %q, caption %q; want printings, wide, \"Printings of the poem\"", id, class, caption)
	}
}

// TestDivAndSpanIDsAreAnchors checks that links land on the ids of fenced
// divs, spans and tables, across the files of a Pandoc-style book too.
func TestDivAndSpanIDsAreAnchors(t *testing.T) {
	b, d := loadMap(t, map[string]string{
		"metadata.yaml": "title: T\nauthor: A\nlang: en\n",
		"a.md":          "# A\n\nSee [the box](#box), [the word](#word) and [the table](#tbl).\n",
		"b.md":          "# B\n\n::: {#box .sidebar}\nBoxed.\n:::\n\nA [word]{#word}.\n\n| x |\n|---|\n| 1 |\n\nTable: T {#tbl}\n",
	})
	if len(d) != 0 {
		t.Fatalf("want no diagnostics, got:\n%s", d.Error())
	}
	var got []string
	ast.Walk(b.Chapters[0].Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			tg := b.Link(l)
			got = append(got, tg.Chapter.File+"#"+tg.Anchor)
		}
		return ast.WalkContinue, nil
	})
	if want := "b.md#box b.md#word b.md#tbl"; strings.Join(got, " ") != want {
		t.Errorf("links land on %v, want %s", got, want)
	}
}
