package pdf

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
)

// The walker maps each node kind to its handler, as goldmark's renderers
// do: a block handler sets a block node on the page, an inline handler
// turns an inline node into styled runs. Kinds without a handler fall back
// to their children (see block and inlines), so no text is lost.

type blockFunc func(r *renderer, n ast.Node)

type inlineFunc func(r *renderer, n ast.Node, c inlineCtx) []run

// inlineCtx is what an inline node inherits: its style and its link.
type inlineCtx struct {
	st   style
	link target
}

func blockTable() map[ast.NodeKind]blockFunc {
	return map[ast.NodeKind]blockFunc{
		ast.KindDocument:                (*renderer).children,
		ast.KindParagraph:               (*renderer).paragraph,
		ast.KindTextBlock:               (*renderer).textBlock,
		ast.KindHeading:                 (*renderer).heading,
		ast.KindThematicBreak:           (*renderer).thematicBreak,
		ast.KindCodeBlock:               (*renderer).keptCodeBlock,
		ast.KindFencedCodeBlock:         (*renderer).keptCodeBlock,
		ast.KindBlockquote:              (*renderer).blockquote,
		ast.KindList:                    (*renderer).list,
		ast.KindHTMLBlock:               (*renderer).htmlBlock,
		ast.KindLinkReferenceDefinition: func(*renderer, ast.Node) {},
		east.KindTable:                  (*renderer).table,
		east.KindDefinitionList:         (*renderer).children,
		east.KindDefinitionTerm:         (*renderer).definitionTerm,
		east.KindDefinitionDescription:  (*renderer).definitionDescription,
		east.KindFootnoteList:           (*renderer).notes,
		book.KindDiv:                    (*renderer).div,         // dialect.go
		book.KindLineBlock:              (*renderer).lineBlock,   // dialect.go
		book.KindLine:                   (*renderer).lineBlock,   // a Line outside a LineBlock
		book.KindTableCaption:           (*renderer).captionText, // one outside a table
		book.KindPageBreak:              (*renderer).pageBreak,   // dialect.go
	}
}

func inlineTable() map[ast.NodeKind]inlineFunc {
	return map[ast.NodeKind]inlineFunc{
		ast.KindText:              (*renderer).text,
		ast.KindString:            (*renderer).str,
		ast.KindCodeSpan:          (*renderer).codeSpan,
		ast.KindEmphasis:          (*renderer).emphasis,
		ast.KindLink:              (*renderer).link,
		ast.KindAutoLink:          (*renderer).autoLink,
		ast.KindImage:             (*renderer).image,
		ast.KindRawHTML:           (*renderer).rawHTML,
		east.KindStrikethrough:    (*renderer).strikethrough,
		east.KindFootnoteLink:     (*renderer).footnoteLink,
		east.KindFootnoteBacklink: func(*renderer, ast.Node, inlineCtx) []run { return nil },
		east.KindTaskCheckBox:     func(*renderer, ast.Node, inlineCtx) []run { return nil },
		book.KindPageRef:          (*renderer).pageRef, // pdf/pageref.go (P2)
		book.KindSpan:             (*renderer).span,    // dialect.go
		book.KindSubscript:        (*renderer).script,
		book.KindSuperscript:      (*renderer).script,
	}
}

// block sets one block node.
func (r *renderer) block(n ast.Node) {
	if f, ok := r.blockFns[n.Kind()]; ok {
		f(r, n)
		return
	}
	if hasInlines(n) {
		r.paragraph(n)
		return
	}
	r.children(n)
}

// children sets the block children of n.
func (r *renderer) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		r.block(c)
	}
}

// hasInlines reports whether n's content is inline nodes.
func hasInlines(n ast.Node) bool {
	c := n.FirstChild()
	return c != nil && c.Type() == ast.TypeInline
}

// inlines returns the runs of n's inline children.
func (r *renderer) inlines(n ast.Node, c inlineCtx) []run {
	var out []run
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		// htmlCtx styles text between inline raw HTML tags (<kbd>x</kbd>).
		out = append(out, r.inline(k, r.htmlCtx(k, c))...)
	}
	return out
}

// inline returns the runs of one inline node.
func (r *renderer) inline(n ast.Node, c inlineCtx) []run {
	if f, ok := r.inlineFns[n.Kind()]; ok {
		return f(r, n, c)
	}
	if n.HasChildren() {
		return r.inlines(n, c)
	}
	return []run{{text: book.PlainText(n, r.src()), st: c.st, link: c.link}}
}

// src is the Markdown source the current chapter's nodes point into.
func (r *renderer) src() []byte {
	if r.ch == nil {
		return nil
	}
	return r.ch.Source
}

// chapter composes one chapter and returns its lines, to be cut into pages
// (see pages.go). Lines are set for the left edge of page 1 and moved to
// their page's edge when drawn, so that the lines do not depend on the
// page the chapter starts on.
func (r *renderer) chapter(ch *book.Chapter) []*vitem {
	r.ch = ch
	defer func() { r.ch = nil }()
	r.vl = &vlist{}
	r.x0, r.x1 = r.geo.left(1), r.geo.right(1)
	r.due = append(r.due, ch.Anchor)
	if ch.TitleNode == nil {
		r.chapterTitle([]run{{text: ch.Title, st: chapterTitleStyle}})
	}
	r.block(ch.Doc)
	items := r.vl.items
	r.vl = nil
	r.due, r.marker, r.keepNext, r.lineNotes, r.lineSrc, r.lineAnchors = nil, nil, 0, nil, 0, nil
	r.breakNext = false
	return items
}

var chapterTitleStyle = style{face: face{bold: true}, size: 20}

// maxKeptCode is the number of lines up to which a code block is never
// split between pages.
const maxKeptCode = 12

// keptCodeBlock sets a code block (code.go) that a page break may not
// split when it is short, nor leave one line of alone on a page.
func (r *renderer) keptCodeBlock(n ast.Node) {
	from := r.queued()
	r.codeBlock(n)
	lines := r.since(from)
	if len(lines) > 0 && r.ch != nil && n.Lines().Len() > 0 {
		lines[0].src = n.Lines().At(0).Start + 1
	}
	if len(lines) <= maxKeptCode {
		keepTogether(lines)
	} else {
		noOrphansOrWidows(lines)
	}
}

// chapterTitle sets a chapter's title, dropped from the top of its page,
// kept with the first lines of the text.
func (r *renderer) chapterTitle(runs []run) {
	r.drop = 54
	restore := r.withBase(chapterTitleStyle)
	from := r.queued()
	r.setText(runs, alignLeft)
	keepTogether(r.since(from))
	restore()
	r.vspace(30)
	r.keepNext = 2
}

func (r *renderer) heading(n ast.Node) {
	h := n.(*ast.Heading)
	if id, ok := h.AttributeString("id"); ok {
		if b, ok := id.([]byte); ok {
			r.due = append(r.due, string(b))
		}
	}
	if r.ch != nil && h == r.ch.TitleNode {
		r.chapterTitle(r.inlines(h, inlineCtx{st: chapterTitleStyle}))
		return
	}
	level := min(max(h.Level, 1), 6)
	st := style{face: face{bold: true, italic: level >= 5}, size: r.geo.headingSize(level)}
	runs := r.inlines(h, inlineCtx{st: st})
	r.vspace(st.size * 1.2)
	restore := r.withBase(st)
	from := r.queued()
	r.setText(runs, alignLeft)
	keepTogether(r.since(from))
	restore()
	r.vspace(st.size * 0.5)
	// Keep the heading with the two lines that follow it.
	r.keepNext = 2
}

// paragraph sets a paragraph: its text justified, its images as figures.
// An image alone in its paragraph is a figure with a caption (see
// implicitFigure).
func (r *renderer) paragraph(n ast.Node) {
	if img := r.b.FigureImage(n); img != nil {
		r.implicitFigure(img)
		return
	}
	r.vspace(r.base.size * 0.6)
	r.setInlines(r.inlines(n, inlineCtx{st: r.base}))
	r.vspace(r.base.size * 0.6)
}

// textBlock sets the text of a tight list item: a paragraph without space
// around it.
func (r *renderer) textBlock(n ast.Node) {
	r.setInlines(r.inlines(n, inlineCtx{st: r.base}))
}

// setInlines sets runs as text aligned as the block's paragraphs are
// (justified, unless a div says otherwise), interrupted by their images,
// set as figures captioned with their titles.
func (r *renderer) setInlines(runs []run) {
	start := 0
	for i, x := range runs {
		if x.image != nil {
			r.setText(runs[start:i], r.textAlign)
			r.figure(x.image, x.link, r.titleCaption(x.image))
			start = i + 1
		}
	}
	r.setText(runs[start:], r.textAlign)
}

func (r *renderer) thematicBreak(ast.Node) {
	h := r.base.size * r.geo.leading
	r.vspace(h / 2)
	x0, x1 := r.x0, r.x1
	r.emitLine(h, 0, func(top float64) {
		mid := (x0 + x1) / 2
		r.p.SetDrawColor(ruleGrey.ints())
		r.p.SetLineWidth(0.6)
		r.p.Line(mid-36, top+h/2, mid+36, top+h/2)
	})
	r.vspace(h / 2)
}

func (r *renderer) blockquote(n ast.Node) {
	r.vspace(r.base.size * 0.6)
	pop := r.pushDeco(&deco{kind: decoRule, x0: r.x0 + 4})
	restore := r.indent(r.geo.indent, r.geo.indent/2)
	r.children(n)
	restore()
	pop()
	r.vspace(r.base.size * 0.6)
}

// bullets are the markers of unordered lists, by depth.
var bullets = [...]struct {
	text string
	mono bool
}{{"•", false}, {"◦", true}, {"▪", true}}

func (r *renderer) list(n ast.Node) {
	l := n.(*ast.List)
	depth := r.listDepth
	r.listDepth++
	defer func() { r.listDepth-- }()
	r.vspace(r.base.size * 0.6)
	num := l.Start
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		st := r.base
		var text string
		switch {
		case taskBox(item) != nil:
			st.face = face{mono: true}
			text = "☐"
			if taskBox(item).IsChecked {
				text = "☑"
			}
		case l.IsOrdered():
			text = fmt.Sprintf("%d%c", num, l.Marker)
			num++
		default:
			b := bullets[depth%len(bullets)]
			st.face = face{mono: b.mono}
			text = b.text
		}
		if !l.IsTight && item != n.FirstChild() {
			r.vspace(r.base.size * 0.6)
		}
		r.listItem(item, text, st)
	}
	r.vspace(r.base.size * 0.6)
}

// listItem sets a list item with its marker hung in the indent before its
// first line.
func (r *renderer) listItem(item ast.Node, text string, st style) {
	restore := r.indent(r.geo.indent, 0)
	defer restore()
	w := r.meter().width(text, st)
	r.marker = &marker{
		x:    r.x0 - w - st.size*0.4,
		line: line{frags: []placed{{frag: frag{text: text, st: st, width: w}}}},
	}
	r.children(item)
	if r.marker != nil { // an empty item: its marker alone
		h := r.base.size * r.geo.leading
		r.emitLine(h, baseline(r.base, h), func(float64) {})
	}
}

// taskBox returns the check box of a task list item, or nil.
func taskBox(item ast.Node) *east.TaskCheckBox {
	if c := item.FirstChild(); c != nil {
		if b, ok := c.FirstChild().(*east.TaskCheckBox); ok {
			return b
		}
	}
	return nil
}

func (r *renderer) definitionTerm(n ast.Node) {
	r.vspace(r.base.size * 0.6)
	st := r.base
	st.face.bold = true
	r.setText(r.inlines(n, inlineCtx{st: st}), alignLeft)
	r.keepNext = 2
}

func (r *renderer) definitionDescription(n ast.Node) {
	restore := r.indent(r.geo.indent, 0)
	defer restore()
	if hasInlines(n) {
		r.setInlines(r.inlines(n, inlineCtx{st: r.base}))
		return
	}
	r.children(n)
}

func (r *renderer) htmlBlock(n ast.Node) {
	src := 0
	if h := n.(*ast.HTMLBlock); h.Lines().Len() > 0 {
		src = h.Lines().At(0).Start + 1
	}
	r.htmlBlocks(r.b.HTML(n), src) // html.go
}
