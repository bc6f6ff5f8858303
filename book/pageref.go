package book

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// PageToken, written in the text of a link to a place in the book, stands
// for the printed page number of the link's target: `[see p. {page}](two.md#x)`
// prints "see p. 37" in the PDF and, from the print edition's page list, in
// the EPUB too.
const PageToken = "{page}"

// KindPageRef is the node kind of a page reference.
var KindPageRef = ast.NewNodeKind("PageRef")

// PageRef is a "{page}" inside a link's text: renderers print the page
// number (label) on which Anchor lands in the PDF edition.
type PageRef struct {
	ast.BaseInline
	Chapter *Chapter
	Anchor  string
}

// Kind implements ast.Node.
func (n *PageRef) Kind() ast.NodeKind { return KindPageRef }

// Dump implements ast.Node.
func (n *PageRef) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Anchor": n.Anchor}, nil)
}

// markPageRefs replaces every "{page}" in the text of a link by a PageRef
// to the link's target; a link that goes nowhere in the book keeps the
// token as text, with a warning.
func (l *loader) markPageRefs(ch *Chapter, link *ast.Link, t LinkTarget) {
	var texts []*ast.Text
	ast.Walk(link, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if tx, ok := n.(*ast.Text); ok && entering && bytes.Contains(tx.Segment.Value(ch.Source), []byte(PageToken)) {
			texts = append(texts, tx)
		}
		return ast.WalkContinue, nil
	})
	if len(texts) == 0 {
		return
	}
	if t.Chapter == nil {
		l.d.warnf(ch.NodePos(link), "%s needs a link to a place in the book; it is printed as it is", PageToken)
		return
	}
	for _, tx := range texts {
		parent := tx.Parent()
		seg := tx.Segment
		var prev ast.Node = tx
		for {
			v := seg.Value(ch.Source)
			i := bytes.Index(v, []byte(PageToken))
			if i < 0 {
				break
			}
			if i > 0 {
				before := ast.NewTextSegment(text.NewSegment(seg.Start, seg.Start+i))
				parent.InsertAfter(parent, prev, before)
				prev = before
			}
			ref := &PageRef{Chapter: t.Chapter, Anchor: t.Anchor}
			parent.InsertAfter(parent, prev, ref)
			prev = ref
			seg = text.NewSegment(seg.Start+i+len(PageToken), seg.Stop)
		}
		if seg.Len() > 0 || tx.SoftLineBreak() || tx.HardLineBreak() {
			rest := ast.NewTextSegment(seg)
			rest.SetSoftLineBreak(tx.SoftLineBreak())
			rest.SetHardLineBreak(tx.HardLineBreak())
			parent.InsertAfter(parent, prev, rest)
		}
		parent.RemoveChild(parent, tx)
	}
}
