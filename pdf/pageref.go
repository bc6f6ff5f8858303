package pdf

import (
	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
)

// pageRef sets a page reference ("{page}" in a link's text) as the printed
// number of the page its anchor landed on in the previous pass; the first
// pass prints a placeholder, and passes repeat while a printed number
// changes (see settled). The number takes the style and the link of the
// link around it.
func (r *renderer) pageRef(n ast.Node, c inlineCtx) []run {
	ref := n.(*book.PageRef)
	a := ref.Anchor
	if a == "" && ref.Chapter != nil {
		a = ref.Chapter.Anchor
	}
	placeholder := refPlaceholder
	if r.prev == nil {
		placeholder = r.env.firstGuess(a, ref.Chapter)
	}
	num := r.prevLabel(a, placeholder)
	r.printed = append(r.printed, printedNum{a, num, c.st})
	return []run{{text: num, st: c.st, link: c.link}}
}

// refPlaceholder stands for a page number not known yet.
const refPlaceholder = "0"

// prevLabel returns the printed number of the page anchor a landed on in
// the previous pass (or, for an anchor the renderer never sets, the start
// of its chapter), or placeholder on the first pass.
func (r *renderer) prevLabel(a, placeholder string) string {
	if r.prev == nil {
		return placeholder
	}
	if l, ok := r.prev.label(a); ok {
		return l
	}
	if l, ok := r.prev.label(r.fallback[a]); ok {
		return l
	}
	return placeholder
}
