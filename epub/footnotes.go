package epub

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// Footnotes are written as pop-up notes, the form Kobo, Apple Books and
// Kindle all understand: a noteref link with nothing but the number inside
// it (the <sup> goes outside), pointing at an <aside epub:type="footnote">
// at the chapter's end that links back to the first reference.

// noteHref is the href of footnote index referred to from the chapter.
func (c *chapterWriter) noteHref(index int) string {
	home := c.b.NoteHome(c.ch, index)
	if home == c.ch {
		return "#" + c.ch.NoteID(index)
	}
	return chapterFile(home) + "#" + home.NoteID(index)
}

func (c *chapterWriter) footnoteLink(node ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkContinue
	}
	n := node.(*east.FootnoteLink)
	id := ""
	if n.RefIndex == 0 {
		id = c.ch.NoteRefID(n.Index)
	}
	if c.openLink != nil { // inside a link's <a>: step out for the noteref
		c.w.close("a")
	}
	c.w.open("sup")
	c.w.open("a", "epub:type", "noteref", "role", "doc-noteref", "id", id, "href", c.noteHref(n.Index))
	c.w.text(strconv.Itoa(n.Index))
	c.w.close("a")
	c.w.close("sup")
	if c.openLink != nil {
		c.w.open("a", c.openLink...)
	}
	return ast.WalkContinue
}

func (c *chapterWriter) footnoteList(n ast.Node, entering bool) ast.WalkStatus {
	return c.block(n, entering, "div", true, "class", "footnotes")
}

func (c *chapterWriter) footnote(node ast.Node, entering bool) ast.WalkStatus {
	n := node.(*east.Footnote)
	if entering {
		c.w.open("aside", "epub:type", "footnote", "role", "doc-footnote", "id", c.ch.NoteID(n.Index))
		c.nl()
	} else {
		c.w.close("aside")
		c.nl()
	}
	return ast.WalkContinue
}

// footnoteBacklink writes the link back to the note's first reference,
// the only one with an id; goldmark's backlinks to later references are
// dropped.
func (c *chapterWriter) footnoteBacklink(node ast.Node, entering bool) ast.WalkStatus {
	n := node.(*east.FootnoteBacklink)
	if !entering || n.RefIndex != 0 {
		return ast.WalkContinue
	}
	c.w.raw(" ")
	c.w.open("a", "href", "#"+c.ch.NoteRefID(n.Index), "role", "doc-backlink",
		"aria-label", c.labels.backlink(n.Index))
	c.w.text("\u21a9\ufe0e")
	c.w.close("a")
	return ast.WalkContinue
}
