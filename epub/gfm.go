package epub

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
)

// This file writes the GFM and definition-list extensions' nodes.

func (c *chapterWriter) strikethrough(n ast.Node, entering bool) ast.WalkStatus {
	if entering {
		c.w.open("del")
	} else {
		c.w.close("del")
	}
	return ast.WalkContinue
}

// taskCheckBox writes a task's box as a character (☐ or ☑), which every
// reading system shows and reads aloud, rather than a form control.
func (c *chapterWriter) taskCheckBox(node ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkContinue
	}
	box := "\u2610"
	if node.(*east.TaskCheckBox).IsChecked {
		box = "\u2611"
	}
	c.w.elem("span", box, "class", "task-box")
	c.w.raw(" ")
	return ast.WalkContinue
}

func (c *chapterWriter) table(n ast.Node, entering bool) ast.WalkStatus {
	if entering {
		c.w.open("table", "id", attrString(n, "id")) // Table: Caption {#id}
		c.nl()
	} else {
		c.w.close("table")
		c.nl()
	}
	return ast.WalkContinue
}

func (c *chapterWriter) tableHeader(n ast.Node, entering bool) ast.WalkStatus {
	if entering {
		c.w.raw("<thead>\n<tr>")
	} else {
		c.w.raw("</tr>\n</thead>\n")
	}
	return ast.WalkContinue
}

// tableRow writes a body row; the first one opens <tbody>, the last one
// closes it.
func (c *chapterWriter) tableRow(n ast.Node, entering bool) ast.WalkStatus {
	if entering {
		if p := n.PreviousSibling(); p == nil || p.Kind() != east.KindTableRow {
			c.w.raw("<tbody>\n")
		}
		c.w.raw("<tr>")
		return ast.WalkContinue
	}
	c.w.raw("</tr>\n")
	if nx := n.NextSibling(); nx == nil || nx.Kind() != east.KindTableRow {
		c.w.raw("</tbody>\n")
	}
	return ast.WalkContinue
}

func (c *chapterWriter) tableCell(node ast.Node, entering bool) ast.WalkStatus {
	n := node.(*east.TableCell)
	tag, scope := "td", ""
	// An empty cell of the header row (the corner above a column of row
	// names) heads nothing: a <th> without text is what screen readers,
	// and Ace, object to.
	if n.Parent() != nil && n.Parent().Kind() == east.KindTableHeader && book.PlainText(n, c.src) != "" {
		tag, scope = "th", "col"
	}
	if entering {
		c.w.open(tag, "scope", scope, "class", alignClass(n.Alignment))
	} else {
		c.w.close(tag)
	}
	return ast.WalkContinue
}

// alignClass is the class (styled in book.css) of a column's alignment.
func alignClass(a east.Alignment) string {
	switch a {
	case east.AlignLeft:
		return "align-left"
	case east.AlignCenter:
		return "align-center"
	case east.AlignRight:
		return "align-right"
	}
	return ""
}

func (c *chapterWriter) definitionList(n ast.Node, entering bool) ast.WalkStatus {
	return c.block(n, entering, "dl", true)
}

func (c *chapterWriter) definitionTerm(n ast.Node, entering bool) ast.WalkStatus {
	return c.block(n, entering, "dt", false)
}

func (c *chapterWriter) definitionDescription(n ast.Node, entering bool) ast.WalkStatus {
	fc := n.FirstChild()
	return c.block(n, entering, "dd", fc != nil && fc.Kind() != ast.KindTextBlock)
}

// block writes a block element with attrs (name, value pairs); inner says
// whether a newline follows the start tag.
func (c *chapterWriter) block(n ast.Node, entering bool, tag string, inner bool, attrs ...string) ast.WalkStatus {
	if entering {
		c.w.open(tag, attrs...)
		if inner {
			c.nl()
		}
	} else {
		c.w.close(tag)
		c.nl()
	}
	return ast.WalkContinue
}
