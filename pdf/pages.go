package pdf

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
	// keep forbids a page break before the line; breakBefore forces one
	// (it wins), unless the line starts a page anyway.
	keep        bool
	breakBefore bool
	// fragAnchors are the anchors of the line's fragments.
	fragAnchors []fragAnchor
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
		if i > start && it.breakBefore {
			pf.end = i
			return pf
		}
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

// paginate cuts a chapter's vertical list into pages. The pages do not
// depend on where the chapter starts: every page has the same text block.
func paginate(items []*vitem, g geometry) []pageFill {
	var out []pageFill
	var carry []*vitem
	start := 0
	for start < len(items) || len(carry) > 0 {
		pf := fillPage(items, start, carry, g.bodyHeight(), g.noteSep())
		out = append(out, pf)
		start, carry = pf.end, pf.carry
	}
	return out
}

// setChapter sets a composed chapter on new pages: its first page, then
// one for each page after the first. A dry pass replays the chapter's plan;
// a drawing pass draws its lines.
func (r *renderer) setChapter(c *composed) {
	r.ch = c.ch
	defer func() { r.ch = nil }()
	r.printed = append(r.printed, c.printed...)
	for a, to := range c.fallback {
		r.fallback[a] = to
	}
	if c.plan != nil {
		r.replay(c.plan)
		return
	}
	r.newPage()
	for i, pf := range c.fills {
		if i > 0 {
			r.newPage()
		}
		r.drawPage(c.items, pf)
	}
}

// chapterPlan is what a dry pass needs of a composed chapter: its pages,
// where its anchors land and where its pages start in the source. It is
// small, so that a pass keeps the plans of all chapters and composes again
// only those whose printed page numbers changed.
type chapterPlan struct {
	pages   int
	anchors []plannedAnchor // in the order they land
	starts  []int           // by page: the source offset, or -1
}

// plannedAnchor is an anchor landing y down page (0: the chapter's first).
type plannedAnchor struct {
	name string
	page int
	y    float64
}

// planChapter returns the plan of a chapter's pages.
func planChapter(items []*vitem, fills []pageFill, g geometry) *chapterPlan {
	pl := &chapterPlan{pages: max(len(fills), 1), starts: make([]int, max(len(fills), 1))}
	pl.starts[0] = -1
	for k, pf := range fills {
		pl.starts[k] = pageSrc(items, pf)
		placePage(items, pf, g, nil, func(it *vitem, y float64, own bool) {
			landItem(it, y, own, func(a string, y float64) {
				pl.anchors = append(pl.anchors, plannedAnchor{a, k, y})
			})
		})
	}
	return pl
}

// replay sets a chapter's pages from its plan, drawing nothing.
func (r *renderer) replay(pl *chapterPlan) {
	first := r.page + 1
	for k := range pl.pages {
		r.newPage()
		r.pageStart[r.page] = srcPos{r.ch, pl.starts[k]}
	}
	for _, a := range pl.anchors {
		r.setAnchor(a.name, first+a.page, a.y)
	}
}

// pageSrc is the source offset of the first line of a page, or -1.
func pageSrc(items []*vitem, pf pageFill) int {
	if pf.end > pf.start && items[pf.start].src > 0 {
		return items[pf.start].src - 1
	}
	return -1
}

// placePage calls set for every line of a page with its top, in order:
// the table header repeated at the top (own false: its own anchors do not
// land again), the body lines, then the notes; rule, when not nil, is
// called before the notes with the top of the space above them.
func placePage(items []*vitem, pf pageFill, g geometry, rule func(top float64), set func(it *vitem, y float64, own bool)) {
	y := g.top
	for _, h := range pf.header {
		set(h, y, false)
		y += h.h
	}
	for i := pf.start; i < pf.end; i++ {
		it := items[i]
		if i > pf.start {
			y += it.before
		}
		y += it.top
		set(it, y, true)
		y += it.h
	}
	if len(pf.notes) == 0 {
		return
	}
	sep := g.noteSep()
	ny := g.textBottom() - notesHeight(pf.notes, sep)
	if rule != nil {
		rule(ny)
	}
	ny += sep
	for i, l := range pf.notes {
		if i > 0 {
			ny += l.before
		}
		set(l, ny, true)
		ny += l.h
	}
}

// landItem lands the anchors of a line set at y: its own, when own, and
// its fragments' (as they always did, though an earlier place always
// wins).
func landItem(it *vitem, y float64, own bool, land func(a string, y float64)) {
	if own {
		for _, a := range it.anchors {
			land(a, y)
		}
	}
	for _, a := range it.fragAnchors {
		land(a.name, y+a.dy)
	}
}

// drawPage draws one page's lines and notes, moved to the page's edge.
func (r *renderer) drawPage(items []*vitem, pf pageFill) {
	g := r.geo
	page := r.page
	r.dx = g.left(page) - g.left(1)
	defer func() { r.dx = 0 }()
	r.pageStart[page] = srcPos{r.ch, pageSrc(items, pf)}
	rule := func(top float64) {
		r.p.SetDrawColor(0, 0, 0)
		r.p.SetLineWidth(0.4)
		sep, w := g.noteSep(), min(72, g.measure()/3)
		x0 := g.mirrorX(page, g.left(page), w)
		r.p.Line(x0, top+sep*0.45, x0+w, top+sep*0.45)
	}
	placePage(items, pf, g, rule, r.drawItem)
}

// drawItem lands the anchors of a line set at y and draws it, moved by
// r.dx.
func (r *renderer) drawItem(it *vitem, y float64, own bool) {
	landItem(it, y, own, func(a string, y float64) { r.setAnchor(a, r.page, y) })
	if r.dx != 0 {
		r.p.TransformBegin()
		r.p.TransformTranslateX(r.dx)
		defer r.p.TransformEnd()
	}
	it.draw(y)
}

// hyphenator returns the hyphenation patterns of the book's language, or
// nil when there are none.
func (r *renderer) hyphenator() hyphenator { return r.hyph }
