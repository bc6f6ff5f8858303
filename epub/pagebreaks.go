package epub

import (
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
)

// Where a page marker lands in a chapter's XHTML. A marker is written
// right before the first text at or after its offset: inside the
// paragraph, list item, table cell or definition, before that word (text
// nodes are split there). Markup whose text the marker must not split,
// or where a span would change what the element means, gets it in front
// instead: headings and column headers (whose accessible names would
// take the page number), links and noterefs, code spans and code blocks, images and figures, and
// raw HTML. Markers left at the end of the text go before the footnotes.

// flushBreaks writes the pending markers whose offset is before `before`
// and reports whether it wrote any.
func (c *chapterWriter) flushBreaks(before int) bool {
	wrote := false
	for len(c.breaks) > 0 && c.breaks[0].Offset < before {
		writePageBreak(&c.w, c.breaks[0])
		c.breaks = c.breaks[1:]
		wrote = true
	}
	return wrote
}

// flushAllBreaks writes every pending marker.
func (c *chapterWriter) flushAllBreaks() bool {
	wrote := len(c.breaks) > 0
	for _, p := range c.breaks {
		writePageBreak(&c.w, p)
	}
	c.breaks = nil
	return wrote
}

// breaksBefore writes, before node n, the markers that fall inside a node
// a marker must not go into.
func (c *chapterWriter) breaksBefore(n ast.Node) {
	switch n.Kind() {
	case east.KindFootnoteList:
		if c.flushAllBreaks() {
			c.nl()
		}
		return
	case ast.KindParagraph:
		if c.b.FigureImage(n) == nil {
			return
		}
	case east.KindTable:
		// Not in a column header, whose text names every cell of its
		// column: before the table.
		if h := tableHead(n); h != nil {
			if end, ok := sourceEnd(h, c.src); ok {
				c.flushBreaks(end)
			}
		}
		return
	case ast.KindHeading, ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock,
		ast.KindLink, ast.KindAutoLink, ast.KindImage, ast.KindCodeSpan, ast.KindRawHTML,
		east.KindFootnoteLink:
	default:
		return
	}
	if end, ok := sourceEnd(n, c.src); ok {
		c.flushBreaks(end)
	}
}

// sourceEnd is the end offset of the source text of n and its
// descendants, if they have any.
func sourceEnd(n ast.Node, src []byte) (int, bool) {
	end, ok := -1, false
	note := func(stop int) {
		end, ok = max(end, stop), true
	}
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Text:
			note(t.Segment.Stop)
		case *ast.RawHTML:
			if l := t.Segments.Len(); l > 0 {
				note(t.Segments.At(l - 1).Stop)
			}
		case *ast.AutoLink:
			if p := t.Pos(); p >= 0 {
				e := p + len(t.Label(src))
				if p < len(src) && src[p] == '<' {
					e += 2
				}
				note(e)
			}
		default:
			if p := n.Pos(); p >= 0 && n.Type() == ast.TypeInline {
				note(p + 1)
			}
		}
		if n.Type() == ast.TypeBlock {
			if l := n.Lines().Len(); l > 0 {
				note(n.Lines().At(l - 1).Stop)
			}
		}
		return ast.WalkContinue, nil
	})
	return end, ok
}

// textBreaks writes a text segment, [start, start+len(v)), with the
// pending markers that fall in it, splitting it before each; resolve
// turns source text into the text to write.
func (c *chapterWriter) textBreaks(v []byte, start int, resolve func([]byte) string) {
	c.flushBreaks(start + 1)
	from := 0
	for len(c.breaks) > 0 && c.breaks[0].Offset < start+len(v) {
		k := wordStart(v, from, c.breaks[0].Offset-start)
		c.w.text(resolve(v[from:k]))
		c.flushBreaks(c.breaks[0].Offset + 1)
		from = k
	}
	c.w.text(resolve(v[from:]))
}

// wordStart moves offset k of v back to the start of the word it falls
// in, but not before from: a page that starts with the end of a word
// hyphenated on the page before gets its marker before the whole word, so
// that the word stays one word.
func wordStart(v []byte, from, k int) int {
	for k > from {
		r, size := utf8.DecodeLastRune(v[from:k])
		if unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 {
			break
		}
		k -= size
	}
	return k
}

// stringBreaks writes the markers that fall on text the parser made, such
// as a curly quote: the source between the previous text and the next.
func (c *chapterWriter) stringBreaks(n ast.Node) {
	if p := n.Pos(); p >= 0 {
		c.flushBreaks(p + 1)
		return
	}
	if t, ok := n.NextSibling().(*ast.Text); ok {
		c.flushBreaks(t.Segment.Start)
		return
	}
	if t, ok := n.PreviousSibling().(*ast.Text); ok {
		c.flushBreaks(t.Segment.Stop + 1)
	}
}

// pageRef writes the printed page number of a "{page}" reference, from the
// page list. A standalone EPUB (no page list: no print edition was made)
// has no page numbers to give, so the reference prints the title of the
// place it links to; a place the page list does not know prints nothing.
func (c *chapterWriter) pageRef(node ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkContinue
	}
	ref := node.(*book.PageRef)
	a := ref.Anchor
	if a == "" && ref.Chapter != nil {
		a = ref.Chapter.Anchor // the chapter's start, as in the PDF
	}
	if c.marks == nil {
		c.w.text(refTitle(ref.Chapter, a))
		return ast.WalkContinue
	}
	if l, ok := c.marks.label(a); ok {
		c.w.text(l)
	}
	return ast.WalkContinue
}

// refTitle is the title of the place anchor in ch: a heading's text, or the
// chapter's title.
func refTitle(ch *book.Chapter, anchor string) string {
	if ch == nil {
		return ""
	}
	for _, h := range ch.Headings {
		if h.Anchor == anchor {
			return h.Text
		}
	}
	return ch.Title
}
