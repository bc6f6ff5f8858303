package epub

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
)

// This file writes the nodes of Quire's dialect (book/dialect.go): divs
// and GitHub alerts, bracketed spans, sub- and superscripts, line blocks,
// table captions and page breaks. Implicit figures are in inline.go. The
// classes they carry are styled in assets/css/book.css.

// div writes a fenced div or a GitHub alert. An alert is a
// <div role="note"> whose first paragraph is its label ("Note", in the
// book's language); a sidebar is an <aside>; any other div a <div>. Every
// one keeps its classes, id, language and direction.
func (c *chapterWriter) div(node ast.Node, entering bool) ast.WalkStatus {
	n := node.(*book.Div)
	tag := "div"
	if n.Alert == "" && n.Style() == "sidebar" {
		tag = "aside"
	}
	if !entering {
		c.w.close(tag)
		c.nl()
		return ast.WalkContinue
	}
	var extra []string
	role := ""
	if n.Alert != "" {
		extra, role = []string{"alert"}, "note"
	}
	c.w.open(tag, append(attrsOf(&n.Attrs, c.b.Meta.RTL(), extra...), "role", role)...)
	c.nl()
	if n.Alert != "" {
		c.w.elem("p", book.AlertLabel(n.Alert, c.labels.words), "class", "alert-label")
		c.nl()
	}
	return ast.WalkContinue
}

// span writes a bracketed span: a <mark> when it has the class mark (as
// Pandoc does), a <span> otherwise.
func (c *chapterWriter) span(node ast.Node, entering bool) ast.WalkStatus {
	n := node.(*book.Span)
	rtl := c.b.Meta.RTL()
	tag, attrs := "span", attrsOf(&n.Attrs, rtl)
	if n.Has("mark") {
		a := n.Attrs
		a.Classes = nil
		for _, k := range n.Classes {
			if k != "mark" {
				a.Classes = append(a.Classes, k)
			}
		}
		tag, attrs = "mark", attrsOf(&a, rtl)
	}
	if entering {
		c.w.open(tag, attrs...)
	} else {
		c.w.close(tag)
	}
	return ast.WalkContinue
}

// script writes a subscript or a superscript.
func (c *chapterWriter) script(node ast.Node, entering bool) ast.WalkStatus {
	tag := "sub"
	if node.(*book.Script).Super {
		tag = "sup"
	}
	if entering {
		c.w.open(tag)
	} else {
		c.w.close(tag)
	}
	return ast.WalkContinue
}

// lineBlock writes a line block as a <div class="line-block"> of one
// <div class="line"> per line, which the stylesheet sets unjustified with
// a hanging indent for the lines too long for the screen.
func (c *chapterWriter) lineBlock(n ast.Node, entering bool) ast.WalkStatus {
	return c.block(n, entering, "div", true, "class", "line-block")
}

// line writes one line of a line block. Its indent is kept as no-break
// spaces, as Pandoc does: they indent by the width of the spaces written,
// in every reading system, on the correct side in right-to-left text, and
// screen readers pass over them. An empty line is a no-break space, so that
// it keeps its height.
func (c *chapterWriter) line(node ast.Node, entering bool) ast.WalkStatus {
	n := node.(*book.Line)
	if !entering {
		c.w.close("div")
		c.nl()
		return ast.WalkContinue
	}
	c.w.open("div", "class", "line")
	indent := n.Indent
	if indent == 0 && !n.HasChildren() {
		indent = 1
	}
	c.w.text(strings.Repeat("\u00a0", indent))
	return ast.WalkContinue
}

// tableCaption writes a table's caption, the first child of its table.
// Page markers never go into it: a caption names its table, and one
// written after the table in the source would otherwise take the markers
// of the rows above it; the caption's own markers go after the table.
func (c *chapterWriter) tableCaption(n ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkSkipChildren
	}
	c.w.open("caption")
	breaks := c.breaks
	c.breaks = nil
	c.children(n)
	c.breaks = breaks
	c.w.close("caption")
	c.nl()
	return ast.WalkSkipChildren
}

// pageBreak writes nothing: a reflowable book has no pages to break.
func (c *chapterWriter) pageBreak(ast.Node, bool) ast.WalkStatus { return ast.WalkSkipChildren }

// tableHead returns the header row of a table, after its caption if it has
// one; nil if it has none.
func tableHead(table ast.Node) ast.Node {
	for k := table.FirstChild(); k != nil; k = k.NextSibling() {
		switch k.Kind() {
		case east.KindTableHeader:
			return k
		case book.KindTableCaption:
		default:
			return nil
		}
	}
	return nil
}

// attrsOf returns the XHTML attributes of a div or a span, as name, value
// pairs for xw.open: the id, the classes (extra ones last), the language
// (as lang and xml:lang), the direction and the other key=value pairs as
// data-* attributes. A language, direction or key XHTML would refuse is
// left out rather than make the book invalid. A language written the
// other way from the book (rtl says which way the book is), with no
// direction given, gets one: lang=ar in an English book is dir="rtl".
func attrsOf(a *book.Attrs, rtl bool, extra ...string) []string {
	classes := strings.Join(append(append([]string(nil), a.Classes...), extra...), " ")
	lang := ""
	if isLangTag(a.Lang) {
		lang = a.Lang
	}
	dir := strings.ToLower(a.Dir)
	if dir != "ltr" && dir != "rtl" && dir != "auto" {
		dir = ""
	}
	if dir == "" && lang != "" && book.LanguageRTL(lang) != rtl {
		dir = book.RTL
		if rtl {
			dir = book.LTR
		}
	}
	attrs := []string{"id", a.ID, "class", classes, "lang", lang, "xml:lang", lang, "dir", dir}
	for _, kv := range a.Other {
		if isDataName(kv[0]) {
			attrs = append(attrs, "data-"+kv[0], kv[1])
		}
	}
	return attrs
}

// isLangTag reports whether s has the form of a BCP 47 language tag, as
// XML's xml:lang (xsd:language) requires: letters, then hyphenated groups
// of letters and digits, each 1 to 8 long.
func isLangTag(s string) bool {
	if s == "" {
		return false
	}
	for i, part := range strings.Split(s, "-") {
		if len(part) < 1 || len(part) > 8 {
			return false
		}
		for _, r := range part {
			letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			if !letter && (i == 0 || r < '0' || r > '9') {
				return false
			}
		}
	}
	return true
}

// isDataName reports whether data-name is a valid custom data attribute
// of XHTML: lowercase ASCII letters, digits, '-', '_' and '.', beginning
// with a letter, and not beginning with "xml".
func isDataName(name string) bool {
	if name == "" || name[0] < 'a' || name[0] > 'z' || strings.HasPrefix(name, "xml") {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}
