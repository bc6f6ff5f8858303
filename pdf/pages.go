package pdf

import (
	"github.com/quire-books/quire/hyphen"
)

// A chapter is set in two steps: its blocks queue lines on a vertical list
// (every paragraph already broken into lines, each line knowing its height,
// the space owed above it, whether a page may break before it and the
// footnotes it refers to), then the list is cut into pages and drawn. The
// page breaker is greedy with TeX-like keeps: it fills a page and, when a
// line does not fit, breaks before the last line a page may start with.

// vlist is the vertical list of a chapter (or of one footnote).
type vlist struct {
	items []*vitem
}

// vitem is one line of a vertical list.
type vitem struct {
	h      float64 // height
	before float64 // space above, dropped at the top of a page
	top    float64 // space above, kept at the top of a page
	// keep forbids a page break before the line.
	keep bool
	// draw draws the line with its top at top.
	draw    func(top float64)
	anchors []string
	// notes are the footnotes first referred to on the line: they start at
	// the foot of its page.
	notes []*note
	// src is 1 + the source offset of the line's first word; 0 for none.
	src int
	// header, for the lines of a table's body, are the header lines drawn
	// again above them when a page starts with them.
	header []*vitem
}

// note is a footnote set as lines for the page foot.
type note struct {
	id     string
	lines  []*vitem
	placed bool // a line refers to it already
}

// pageFill is what fillPage puts on one page.
type pageFill struct {
	start, end int      // body lines [start, end)
	header     []*vitem // table header lines repeated at the top
	notes      []*vitem // note lines at the foot
	carry      []*vitem // note lines continued on the next page
}

// noteSep is the space above a page's notes, where the rule goes.
func (g geometry) noteSep() float64 { return g.bodySize * 1.2 }

// bodyHeight is the height of the text block.
func (g geometry) bodyHeight() float64 { return g.textBottom() - g.top }

// notesHeight is the height of the note lines ls at a page foot.
func notesHeight(ls []*vitem, sep float64) float64 {
	if len(ls) == 0 {
		return 0
	}
	h := sep
	for i, l := range ls {
		if i > 0 {
			h += l.before
		}
		h += l.h
	}
	return h
}

// fillPage chooses the lines of one page of height avail: body lines from
// items[start:], after the note lines carried from the page before. A
// line goes on the page only with its notes, or, when it may end the page,
// with at least the first two lines of them (the rest continue on the next
// page). When a line does not fit, the page breaks before the last line
// that may start a page; if none may, before the line that does not fit. A
// page always takes at least one line or one carried note line, so every
// page has something on it.
func fillPage(items []*vitem, start int, carry []*vitem, avail, sep float64) pageFill {
	pf := pageFill{start: start, end: start}
	// Notes continued from the page before come first.
	for len(carry) > 0 && (len(pf.notes) == 0 || notesHeight(append(pf.notes, carry[0]), sep) <= avail+eps) {
		pf.notes = append(pf.notes, carry[0])
		carry = carry[1:]
	}
	pf.carry = carry
	y := 0.0
	if start < len(items) && items[start].header != nil && len(pf.carry) == 0 {
		pf.header = items[start].header
		for _, h := range pf.header {
			y += h.h
		}
	}
	type snap struct {
		i      int
		y      float64
		nNotes int
	}
	var legal *snap
	i := start
	for ; i < len(items); i++ {
		it := items[i]
		if i > start && !it.keep {
			legal = &snap{i, y, len(pf.notes)}
		}
		dy := it.top + it.h
		if i > start {
			dy += it.before
		}
		var nl []*vitem
		for _, n := range it.notes {
			nl = append(nl, n.lines...)
		}
		fits := func(k int) bool { // with the first k of its note lines
			return y+dy+notesHeight(append(pf.notes[:len(pf.notes):len(pf.notes)], nl[:k]...), sep) <= avail+eps
		}
		if len(pf.carry) == 0 && fits(len(nl)) || len(nl) == 0 && len(pf.carry) > 0 && y+dy+notesHeight(pf.notes, sep) <= avail+eps {
			y += dy
			pf.notes = append(pf.notes, nl...)
			continue
		}
		// The line may end the page with the start of its notes.
		if len(nl) > 0 && len(pf.carry) == 0 && (i+1 == len(items) || !items[i+1].keep) {
			k := 0
			for k < len(nl) && fits(k+1) {
				k++
			}
			if k >= min(2, len(nl)) && k > 0 {
				pf.notes = append(pf.notes, nl[:k]...)
				pf.carry = nl[k:]
				pf.end = i + 1
				return pf
			}
		}
		switch {
		case legal != nil:
			pf.end = legal.i
			pf.notes = pf.notes[:legal.nNotes]
		case i > start || len(pf.notes) > 0:
			pf.end = i // a block taller than the page: break inside it
		default:
			// Nothing fits on an empty page: set the line anyway, its
			// notes where they fit.
			pf.end = i + 1
			k := 0
			for k < len(nl) && fits(k+1) {
				k++
			}
			pf.notes = append(pf.notes, nl[:k]...)
			pf.carry = nl[k:]
		}
		return pf
	}
	pf.end = i
	return pf
}

// paginate cuts a chapter's vertical list into pages and draws them; the
// chapter's first page is already started.
func (r *renderer) paginate(items []*vitem) {
	g := r.geo
	var carry []*vitem
	start := 0
	for page := 0; start < len(items) || len(carry) > 0; page++ {
		if page > 0 {
			r.newPage()
		}
		pf := fillPage(items, start, carry, g.bodyHeight(), g.noteSep())
		r.drawPage(items, pf)
		start, carry = pf.end, pf.carry
	}
}

// drawPage draws one page's lines and notes, moved to the page's edge.
func (r *renderer) drawPage(items []*vitem, pf pageFill) {
	g := r.geo
	page := r.p.PageNo()
	r.dx = g.left(page) - g.left(1)
	defer func() { r.dx = 0 }()
	at := srcPos{r.ch, -1}
	if pf.end > pf.start && items[pf.start].src > 0 {
		at.offset = items[pf.start].src - 1
	}
	r.pageStart[page] = at

	y := g.top
	for _, h := range pf.header {
		r.drawItem(h, y, page, false)
		y += h.h
	}
	for i := pf.start; i < pf.end; i++ {
		it := items[i]
		if i > pf.start {
			y += it.before
		}
		y += it.top
		r.drawItem(it, y, page, true)
		y += it.h
	}
	r.y, r.gap, r.atTop = y, 0, pf.end == pf.start
	if len(pf.notes) == 0 {
		return
	}
	sep := g.noteSep()
	ny := g.textBottom() - notesHeight(pf.notes, sep)
	r.p.SetDrawColor(0, 0, 0)
	r.p.SetLineWidth(0.4)
	x0 := g.left(page)
	r.p.Line(x0, ny+sep*0.45, x0+min(72, g.measure()/3), ny+sep*0.45)
	ny += sep
	for i, l := range pf.notes {
		if i > 0 {
			ny += l.before
		}
		r.drawItem(l, ny, page, true)
		ny += l.h
	}
}

// drawItem draws a line with its top at y, moved by r.dx; anchors lands
// its anchors there.
func (r *renderer) drawItem(it *vitem, y float64, page int, anchors bool) {
	if anchors {
		for _, a := range it.anchors {
			r.setAnchor(a, page, y)
		}
	}
	if r.dx != 0 {
		r.p.TransformBegin()
		r.p.TransformTranslateX(r.dx)
		defer r.p.TransformEnd()
	}
	it.draw(y)
}

// hyphenator returns the hyphenation patterns of the book's language, or
// nil when there are none.
func (r *renderer) hyphenator() hyphenator {
	if !r.hyphOK {
		r.hyphOK = true
		if h, ok := hyphen.New(r.b.Meta.Language); ok {
			r.hyph = h
		}
	}
	return r.hyph
}
