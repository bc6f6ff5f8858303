package epub

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
)

// nodeFunc writes one node of a chapter's AST, on the way in (entering) and
// on the way out, like a goldmark renderer func.
type nodeFunc func(c *chapterWriter, n ast.Node, entering bool) ast.WalkStatus

// nodeFuncs is the dispatch table: one func per node kind. Kinds missing
// from it (the Document itself, and any future kind) write only their
// children.
func nodeFuncs() map[ast.NodeKind]nodeFunc {
	return map[ast.NodeKind]nodeFunc{
		// blocks (this file)
		ast.KindHeading:         (*chapterWriter).heading,
		ast.KindParagraph:       (*chapterWriter).paragraph,
		ast.KindTextBlock:       (*chapterWriter).textBlock,
		ast.KindBlockquote:      (*chapterWriter).blockquote,
		ast.KindList:            (*chapterWriter).list,
		ast.KindListItem:        (*chapterWriter).listItem,
		ast.KindCodeBlock:       (*chapterWriter).codeBlock,
		ast.KindFencedCodeBlock: (*chapterWriter).codeBlock,
		ast.KindThematicBreak:   (*chapterWriter).thematicBreak,
		ast.KindHTMLBlock:       (*chapterWriter).htmlBlock,
		// Quire's dialect (dialect.go)
		book.KindDiv:          (*chapterWriter).div,
		book.KindSpan:         (*chapterWriter).span,
		book.KindSubscript:    (*chapterWriter).script,
		book.KindSuperscript:  (*chapterWriter).script,
		book.KindLineBlock:    (*chapterWriter).lineBlock,
		book.KindLine:         (*chapterWriter).line,
		book.KindTableCaption: (*chapterWriter).tableCaption,
		book.KindPageBreak:    (*chapterWriter).pageBreak,
		// inlines (inline.go)
		ast.KindText:     (*chapterWriter).textNode,
		ast.KindString:   (*chapterWriter).stringNode,
		ast.KindCodeSpan: (*chapterWriter).codeSpan,
		ast.KindEmphasis: (*chapterWriter).emphasis,
		ast.KindLink:     (*chapterWriter).link,
		ast.KindAutoLink: (*chapterWriter).autoLink,
		ast.KindImage:    (*chapterWriter).image,
		ast.KindRawHTML:  (*chapterWriter).rawHTML,
		book.KindPageRef: (*chapterWriter).pageRef,
		// extensions (gfm.go, footnotes.go)
		east.KindStrikethrough:         (*chapterWriter).strikethrough,
		east.KindTaskCheckBox:          (*chapterWriter).taskCheckBox,
		east.KindTable:                 (*chapterWriter).table,
		east.KindTableHeader:           (*chapterWriter).tableHeader,
		east.KindTableRow:              (*chapterWriter).tableRow,
		east.KindTableCell:             (*chapterWriter).tableCell,
		east.KindDefinitionList:        (*chapterWriter).definitionList,
		east.KindDefinitionTerm:        (*chapterWriter).definitionTerm,
		east.KindDefinitionDescription: (*chapterWriter).definitionDescription,
		east.KindFootnoteList:          (*chapterWriter).footnoteList,
		east.KindFootnote:              (*chapterWriter).footnote,
		east.KindFootnoteLink:          (*chapterWriter).footnoteLink,
		east.KindFootnoteBacklink:      (*chapterWriter).footnoteBacklink,
	}
}

// chapterWriter writes the body of one chapter.
type chapterWriter struct {
	w      xw
	b      *book.Book
	ch     *book.Chapter
	src    []byte
	labels labels
	funcs  map[ast.NodeKind]nodeFunc
	marks  *pageMarks
	// breaks are the page markers still to write, in print order
	// (pagebreaks.go).
	breaks []placedBreak
	// openLink holds the attributes of the <a> of the Markdown link being
	// written, nil outside one (inline.go).
	openLink []string
}

// chapterRenderer holds what every chapter of a book is written with.
type chapterRenderer struct {
	b      *book.Book
	labels labels
	funcs  map[ast.NodeKind]nodeFunc
	marks  *pageMarks // nil: no page list
}

func newChapterRenderer(b *book.Book, l labels, marks *pageMarks) *chapterRenderer {
	return &chapterRenderer{b: b, labels: l, funcs: nodeFuncs(), marks: marks}
}

// body returns the XHTML of a chapter's <section>.
func (r *chapterRenderer) body(ch *book.Chapter) []byte {
	c := &chapterWriter{b: r.b, ch: ch, src: ch.Source, labels: r.labels, funcs: r.funcs,
		marks: r.marks, breaks: r.marks.breaksOf(ch)}
	c.w.Grow(len(ch.Source)*3/2 + 1024) // XHTML runs about 1.3 times the Markdown
	c.w.open("section", "epub:type", "chapter", "role", "doc-chapter", "aria-labelledby", ch.Anchor)
	c.w.raw("\n")
	if c.flushBreaks(0) {
		c.nl()
	}
	if ch.TitleNode == nil {
		c.w.elem("h1", ch.Title, "id", ch.Anchor)
		c.w.raw("\n")
	}
	if ch.Doc != nil {
		c.walk(ch.Doc)
	}
	if c.flushAllBreaks() {
		c.nl()
	}
	c.w.raw("</section>\n")
	return c.w.Bytes()
}

// walk writes n and its descendants through the dispatch table.
func (c *chapterWriter) walk(n ast.Node) {
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && len(c.breaks) > 0 {
			c.breaksBefore(n)
		}
		if f, ok := c.funcs[n.Kind()]; ok {
			return f(c, n, entering), nil
		}
		return ast.WalkContinue, nil
	})
}

// children writes the children of n.
func (c *chapterWriter) children(n ast.Node) {
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		c.walk(k)
	}
}

// nl ends a block-level tag with a newline, for readable output.
func (c *chapterWriter) nl() { c.w.raw("\n") }

// heading writes a heading at its outline rank (book.Heading.Rank: no
// skipped levels, as screen readers and Ace expect), styled as the level
// the author wrote: "####" right under "#" is <h2 class="h4">.
func (c *chapterWriter) heading(node ast.Node, entering bool) ast.WalkStatus {
	n := node.(*ast.Heading)
	level := min(max(n.Level, 1), 6)
	rank := min(max(c.ch.Rank(n), 1), 6)
	tag := "h" + strconv.Itoa(rank)
	if entering {
		class := attrString(n, "class")
		if rank != level {
			class = strings.TrimSpace(class + " h" + strconv.Itoa(level))
		}
		c.w.open(tag, "id", attrString(n, "id"), "class", class)
	} else {
		c.w.close(tag)
		c.nl()
	}
	return ast.WalkContinue
}

func (c *chapterWriter) paragraph(n ast.Node, entering bool) ast.WalkStatus {
	if img := c.b.FigureImage(n); img != nil {
		if entering {
			c.figure(img)
		}
		return ast.WalkSkipChildren
	}
	if entering {
		c.w.open("p")
	} else {
		c.w.close("p")
		c.nl()
	}
	return ast.WalkContinue
}

// textBlock is the paragraph of a tight list item: no <p>.
func (c *chapterWriter) textBlock(n ast.Node, entering bool) ast.WalkStatus {
	if !entering && n.NextSibling() != nil && n.FirstChild() != nil {
		c.nl()
	}
	return ast.WalkContinue
}

func (c *chapterWriter) blockquote(n ast.Node, entering bool) ast.WalkStatus {
	return c.block(n, entering, "blockquote", true)
}

func (c *chapterWriter) list(node ast.Node, entering bool) ast.WalkStatus {
	n := node.(*ast.List)
	tag := "ul"
	if n.IsOrdered() {
		tag = "ol"
	}
	if !entering {
		c.w.close(tag)
		c.nl()
		return ast.WalkContinue
	}
	start := ""
	if n.IsOrdered() && n.Start != 1 {
		start = strconv.Itoa(n.Start)
	}
	c.w.open(tag, "start", start)
	c.nl()
	return ast.WalkContinue
}

func (c *chapterWriter) listItem(n ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		c.w.close("li")
		c.nl()
		return ast.WalkContinue
	}
	class := ""
	if isTaskItem(n) {
		class = "task"
	}
	c.w.open("li", "class", class)
	if fc := n.FirstChild(); fc != nil && fc.Kind() != ast.KindTextBlock {
		c.nl()
	}
	return ast.WalkContinue
}

// isTaskItem reports whether a list item starts with a task check box.
func isTaskItem(n ast.Node) bool {
	fc := n.FirstChild()
	if fc == nil || fc.FirstChild() == nil {
		return false
	}
	return fc.FirstChild().Kind() == east.KindTaskCheckBox
}

func (c *chapterWriter) thematicBreak(n ast.Node, entering bool) ast.WalkStatus {
	if entering {
		c.w.void("hr")
		c.nl()
	}
	return ast.WalkContinue
}

// attrString returns a node attribute (from {#id .class} syntax or set by
// the book loader) as a string, or "".
func attrString(n ast.Node, name string) string {
	v, ok := n.AttributeString(name)
	if !ok {
		return ""
	}
	switch v := v.(type) {
	case []byte:
		return string(v)
	case string:
		return v
	}
	return ""
}
