package pdf

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// notes sets a chapter's footnotes at its end: a short rule, a "Notes"
// heading, and each note with its number hung in the margin. The number
// links back to the reference; the note's anchor receives the reference's
// link.
func (r *renderer) notes(n ast.Node) {
	st := style{size: r.geo.noteSize}
	lh := st.size * r.geo.leading
	r.vspace(r.geo.bodySize * 1.5)
	r.need(8 + 2*lh + 2*lh)
	x0 := r.x0
	r.emitLine(8, 0, func(top float64) {
		r.p.SetDrawColor(ruleGrey.r, ruleGrey.g, ruleGrey.b)
		r.p.SetLineWidth(0.5)
		r.p.Line(x0, top+4, x0+72, top+4)
	})
	head := st
	head.face.bold = true
	restore := r.withBase(head)
	r.setText([]run{{text: "Notes", st: head}}, alignLeft)
	r.vspace(lh / 3)
	r.base = st
	for fn := n.FirstChild(); fn != nil; fn = fn.NextSibling() {
		note, ok := fn.(*east.Footnote)
		if !ok {
			r.block(fn)
			continue
		}
		r.note(note, st)
	}
	restore()
}

// note sets one footnote.
func (r *renderer) note(fn *east.Footnote, st style) {
	restore := r.indent(r.geo.indent, 0)
	defer restore()
	num := st
	num.color = linkBlue
	text := strconv.Itoa(fn.Index) + "."
	w := r.m.width(text, num)
	var back target
	if r.ch != nil {
		back = target{anchor: r.ch.NoteRefID(fn.Index)}
		r.due = append(r.due, r.ch.NoteID(fn.Index))
	}
	r.marker = &marker{
		x:    r.x0 - w - st.size*0.5,
		line: line{frags: []placed{{frag: frag{text: text, st: num, width: w, link: back}}}},
	}
	r.vspace(st.size * 0.3)
	r.children(fn)
	if r.marker != nil {
		h := st.size * r.geo.leading
		r.emitLine(h, baseline(st, h), func(float64) {})
	}
}
