package pdf

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
)

// Footnotes go at the foot of the page that refers to them, in smaller
// type below a short rule, numbered per chapter. A note is set into lines
// when its first reference is met; the line holding the reference carries
// it, and the page breaker puts both on one page (see fillPage). The mark
// links to the note, the note's number back to the mark.

// notes handles the chapter's list of footnote definitions: every note
// already went with its reference, so only a note no line refers to (none
// should be) is set here, at the end of the chapter.
func (r *renderer) notes(n ast.Node) {
	if r.ch == nil {
		return
	}
	for fn := n.FirstChild(); fn != nil; fn = fn.NextSibling() {
		f, ok := fn.(*east.Footnote)
		if !ok {
			continue
		}
		if nt := r.setNote(r.ch, f.Index); nt != nil && !nt.placed {
			nt.placed = true
			r.lineNotes = append(r.lineNotes, nt)
		}
	}
	if len(r.lineNotes) > 0 {
		r.emitLine(0, 0, func(float64) {})
	}
}

// footnote finds footnote index among home's definitions.
func footnote(home *book.Chapter, index int) *east.Footnote {
	if home == nil || home.Doc == nil {
		return nil
	}
	for n := home.Doc.LastChild(); n != nil; n = n.PreviousSibling() {
		if _, ok := n.(*east.FootnoteList); !ok {
			continue
		}
		for fn := n.FirstChild(); fn != nil; fn = fn.NextSibling() {
			if f, ok := fn.(*east.Footnote); ok && f.Index == index {
				return f
			}
		}
	}
	return nil
}

// setNote returns footnote index of home set as lines, setting it the
// first time; nil when the note does not exist or lines are drawn at once
// (outside a chapter).
func (r *renderer) setNote(home *book.Chapter, index int) *note {
	if r.vl == nil {
		return nil
	}
	id := home.NoteID(index)
	if n, ok := r.noteSet[id]; ok {
		return n
	}
	fn := footnote(home, index)
	if fn == nil {
		return nil
	}
	n := &note{id: id}
	r.noteSet[id] = n
	r.meter()
	r.hyphenator()
	saved := r.flow
	depth := r.listDepth
	r.vl = &vlist{}
	r.x0, r.x1 = r.geo.left(1), r.geo.right(1)
	r.gap, r.drop, r.keepNext = 0, 0, 0
	r.due, r.marker, r.decos, r.lineNotes, r.lineSrc = nil, nil, nil, nil, 0
	r.listDepth = 0
	r.note(fn, home, style{size: r.geo.noteSize})
	n.lines = r.vl.items
	if len(n.lines) > 0 {
		n.lines[0].before = r.geo.noteSize * 0.3
	}
	// Restore the flow, keeping what setting the note added to the
	// renderer's shared maps (they are the same maps).
	r.flow = saved
	r.listDepth = depth
	return n
}

// note sets one footnote with its number hung in the indent; the number
// links back to the first reference.
func (r *renderer) note(fn *east.Footnote, home *book.Chapter, st style) {
	restore := r.indent(r.geo.indent, 0)
	defer restore()
	old := r.base
	r.base = st
	defer func() { r.base = old }()
	num := st
	num.color = linkBlue
	text := strconv.Itoa(fn.Index) + "."
	w := r.meter().width(text, num)
	back := target{anchor: home.NoteRefID(fn.Index)}
	r.due = append(r.due, home.NoteID(fn.Index))
	r.marker = &marker{
		x:    r.x0 - w - st.size*0.5,
		line: line{frags: []placed{{frag: frag{text: text, st: num, width: w, ref: newRef(back, "", "")}}}},
	}
	r.children(fn)
	if r.marker != nil {
		h := st.size * r.geo.leading
		r.emitLine(h, baseline(st, h), func(float64) {})
	}
}
