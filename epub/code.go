package epub

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/highlight"
)

// codeBlock writes an indented or fenced code block as <pre><code>. A
// fence's language becomes the class "language-LANG", and its text is set
// as highlight.Lines splits it: each classed token a <span class>, plain
// text bare (the classes are styled in css/book.css, from highlight.CSS).
// Tabs are expanded as in the PDF; each line ends with a newline.
func (c *chapterWriter) codeBlock(n ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkContinue
	}
	class, lang := "", ""
	if f, ok := n.(*ast.FencedCodeBlock); ok {
		if l := f.Language(c.src); len(l) > 0 {
			lang = mdText(l)
			class = "language-" + lang
		}
	}
	var code strings.Builder
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		code.Write(seg.Value(c.src))
	}
	lines, _ := highlight.Lines(lang, code.String())
	dir := ""
	if c.b.Meta.RTL() {
		dir = book.LTR // code reads left to right in every book
	}
	c.w.open("pre", "dir", dir)
	c.w.open("code", "class", class)
	for _, line := range lines {
		for _, t := range line {
			if t.Class == "" {
				c.w.text(t.Text)
				continue
			}
			c.w.open("span", "class", t.Class)
			c.w.text(t.Text)
			c.w.close("span")
		}
		c.w.raw("\n")
	}
	c.w.close("code")
	c.w.close("pre")
	c.nl()
	return ast.WalkSkipChildren
}
