package pdf

import (
	"github.com/quire-books/quire/book"
)

// flow is the renderer's place on the page: the measure it sets lines in,
// the current y, and what must happen with the next line set.
//
// Outside chapters (title page, contents) lines are drawn as they come.
// Inside a chapter they are queued on a vertical list (vl) and the pages
// are made when the chapter ends (see pages.go), so that page breaks can
// look ahead: no widows or orphans, headings kept with their text,
// footnotes at the foot of the page that refers to them.
type flow struct {
	x0, x1 float64 // left and right edges of the current measure
	y      float64 // top of the next line
	// gap is vertical space owed before the next line; gaps collapse (the
	// larger wins) and vanish at the top of a page.
	gap   float64
	atTop bool // nothing has been drawn on the page yet
	// due lists anchors that land on the next line set.
	due []string
	// marker is drawn at the left of the next line (a list bullet or a
	// note number), so that it always stays with that line.
	marker *marker
	// decos are the decorations of the blocks being set (quote rules, code
	// shading), drawn beside every line.
	decos []*deco
	// base is the style of running text in the current block; textAlign
	// is how its paragraphs are set (justified unless a div says
	// otherwise).
	base      style
	textAlign align

	// vl, when set, queues lines instead of drawing them.
	vl *vlist
	// drop is space above the next line that does not vanish at a page
	// top (a chapter title's sink).
	drop float64
	// keepNext is how many of the next lines must stay on the page of the
	// line before them (the lines after a heading).
	keepNext int
	// breakNext starts a new page with the next line (a forced page
	// break), unless that line starts a page anyway.
	breakNext bool
	// lineNotes are the notes first referred to on the next line; lineSrc
	// is 1 + the source offset of its first word (0: none).
	lineNotes []*note
	lineSrc   int
	// lineAnchors are the anchors of the next line's fragments (footnote
	// references): they land where the line is set.
	lineAnchors []fragAnchor

	// noteSet holds every footnote set so far, by its anchor.
	noteSet map[string]*note
	// pageStart records, by page number, where the body text set on the
	// page starts in the source.
	pageStart map[int]srcPos
}

// fragAnchor is the anchor of a fragment of a line, dy below the line's
// top.
type fragAnchor struct {
	name string
	dy   float64
}

// srcPos is a place in a chapter's source: a byte offset into
// chapter.Source, or -1 when the page starts with something that has no
// source text (an image, a title from front matter).
type srcPos struct {
	ch     *book.Chapter
	offset int
}

// marker is a short text drawn at x on the baseline of the next line.
type marker struct {
	x    float64
	line line
}

// decoKind is what a decoration draws.
type decoKind int

const (
	decoRule  decoKind = iota // a vertical rule at x0 (block quotes)
	decoShade                 // a shaded band from x0 to x1 (code; alerts, in color)
	decoBar                   // a thick rule at x0 in color (alerts)
	decoSides                 // rules at x0 and x1 (the sides of a box)
)

// deco is a decoration beside the lines of a block. page and end remember
// where it was last drawn, so that it runs on unbroken across gaps. color
// is the colour of a shade or a bar; zero for the default.
type deco struct {
	kind   decoKind
	x0, x1 float64
	color  rgb
	page   int
	end    float64
}

func newFlow(g geometry) flow {
	return flow{
		x0:        g.left(1),
		x1:        g.right(1),
		base:      style{size: g.bodySize},
		noteSet:   map[string]*note{},
		pageStart: map[int]srcPos{},
	}
}

// newPage starts a page, recording what it holds (the current frame; a
// division's later pages are text pages). Outside a chapter the measure
// moves to the new page's edges (they differ on left- and right-hand
// pages).
func (r *renderer) newPage() {
	r.page++
	r.pages = append(r.pages, r.frame)
	if r.frame.kind == pageOpening {
		r.frame.kind = pageText
	}
	if r.p != nil {
		r.p.AddPage() // fpdf calls endPage for the page before
	}
	r.env.progress(r.page)
	r.y, r.gap, r.atTop = r.geo.top, 0, true
	n := r.page
	r.pageStart[n] = srcPos{r.ch, -1}
	if r.vl == nil {
		r.x0, r.x1 = r.geo.left(n), r.geo.right(n)
	}
}

// vspace asks for vertical space before the next line.
func (r *renderer) vspace(h float64) { r.gap = max(r.gap, h) }

// need starts a new page unless h points fit below the current line (and
// the gap owed before it). In a chapter the page breaker decides instead.
func (r *renderer) need(h float64) {
	if r.vl == nil && !r.atTop && r.y+r.gap+h > r.geo.textBottom() {
		r.newPage()
	}
}

// emitLine sets a line of height h: in a chapter it is queued, else set
// at once (drawn, unless the pass is dry), on a new page if it does not
// fit. base is the baseline's offset from the line's top, for the marker.
// draw draws the line's content given its top.
func (r *renderer) emitLine(h, base float64, draw func(top float64)) {
	if r.vl != nil {
		r.queueLine(h, base, draw)
		return
	}
	r.need(h)
	if !r.atTop {
		r.y += r.gap
	}
	r.y += r.drop
	r.gap, r.drop = 0, 0
	top := r.y
	for _, a := range r.due {
		r.setAnchor(a, r.page, top)
	}
	for _, a := range r.lineAnchors {
		r.setAnchor(a.name, r.page, top+a.dy)
	}
	if r.p != nil {
		for _, d := range r.decos {
			r.drawDeco(d, top, top+h)
		}
		if r.marker != nil {
			r.drawLine(r.marker.line, r.marker.x, top, top+base, h)
		}
		draw(top)
	}
	r.y = top + h
	r.atTop = false
	r.due, r.marker, r.lineAnchors = nil, nil, nil
	r.lineNotes, r.lineSrc, r.keepNext = nil, 0, 0
}

// queueLine adds a line to the vertical list with everything that must be
// drawn with it.
func (r *renderer) queueLine(h, base float64, draw func(top float64)) {
	it := &vitem{
		h: h, before: r.gap, top: r.drop,
		keep:        r.keepNext > 0,
		breakBefore: r.breakNext,
		anchors:     r.due,
		fragAnchors: r.lineAnchors,
		notes:       r.lineNotes,
		src:         r.lineSrc,
	}
	if r.keepNext > 0 {
		r.keepNext--
	}
	decos := append([]*deco(nil), r.decos...)
	m := r.marker
	it.draw = func(top float64) {
		for _, d := range decos {
			r.drawDeco(d, top, top+h)
		}
		if m != nil {
			r.drawLine(m.line, m.x, top, top+base, h)
		}
		draw(top)
	}
	r.vl.items = append(r.vl.items, it)
	r.gap, r.drop, r.due, r.marker, r.lineNotes, r.lineSrc, r.lineAnchors = 0, 0, nil, nil, nil, 0, nil
	r.breakNext = false
}

// queued is the number of lines queued so far (0 outside a chapter).
func (r *renderer) queued() int {
	if r.vl == nil {
		return 0
	}
	return len(r.vl.items)
}

// since returns the lines queued from index i on.
func (r *renderer) since(i int) []*vitem {
	if r.vl == nil {
		return nil
	}
	return r.vl.items[i:]
}

// keepTogether forbids page breaks inside lines (they stay on one page).
func keepTogether(lines []*vitem) {
	for _, l := range lines[min(1, len(lines)):] {
		l.keep = true
	}
}

// noOrphansOrWidows forbids a page break that would leave one line of a
// block alone at the foot or at the top of a page.
func noOrphansOrWidows(lines []*vitem) {
	if n := len(lines); n >= 2 {
		lines[1].keep = true
		lines[n-1].keep = true
	}
}

// setAnchor records where an anchor lands; the first place wins.
func (r *renderer) setAnchor(a string, page int, y float64) {
	if _, ok := r.anchors[a]; !ok && a != "" {
		r.anchors[a] = pos{page, y}
	}
}

// drawDeco draws a decoration beside the line from top to end.
func (r *renderer) drawDeco(d *deco, top, end float64) {
	page := r.page
	from := top
	if d.page == page && d.end < top {
		from = d.end
	}
	d.page, d.end = page, end
	switch d.kind {
	case decoRule:
		r.p.SetDrawColor(ruleGrey.ints())
		r.p.SetLineWidth(1.2)
		x := r.geo.mirrorX(1, d.x0, 0)
		r.p.Line(x, from, x, end)
	case decoShade:
		c := codeShade
		if d.color != (rgb{}) {
			c = d.color
		}
		r.p.SetFillColor(c.ints())
		r.p.Rect(r.geo.mirrorX(1, d.x0, d.x1-d.x0), from, d.x1-d.x0, end-from, "F")
	case decoBar:
		r.p.SetFillColor(d.color.ints())
		r.p.Rect(r.geo.mirrorX(1, d.x0, barWidth), from, barWidth, end-from, "F")
	case decoSides:
		r.p.SetDrawColor(ruleGrey.ints())
		r.p.SetLineWidth(boxRule)
		for _, x := range [2]float64{d.x0, d.x1} {
			x = r.geo.mirrorX(1, x, 0)
			r.p.Line(x, from, x, end)
		}
	}
}

// pushDeco adds a decoration to every line until the returned func is
// called.
func (r *renderer) pushDeco(d *deco) (pop func()) {
	r.decos = append(r.decos, d)
	return func() { r.decos = r.decos[:len(r.decos)-1] }
}

// indent narrows the measure until the returned func is called.
func (r *renderer) indent(left, right float64) (restore func()) {
	x0, x1 := r.x0, r.x1
	r.x0, r.x1 = x0+left, x1-right
	return func() { r.x0, r.x1 = x0, x1 }
}

// withBase sets the running text style until the returned func is called.
func (r *renderer) withBase(st style) (restore func()) {
	old := r.base
	r.base = st
	return func() { r.base = old }
}

// lineHeight is the height of a line of text in st, holding l.
func (g geometry) lineHeight(st style, l line) float64 {
	return max(st.size*g.leading, l.maxSize()*1.2)
}

// baseline is the offset of the baseline from the top of a line of height
// h whose text is set in st.
func baseline(st style, h float64) float64 {
	return (h-st.size)/2 + 0.78*st.size
}

// meter is the renderer's measurer.
func (r *renderer) meter() measurer { return r.m }

// composer returns the line breaker for text set with al: justified text
// is hyphenated in the book's language.
func (r *renderer) composer(al align) composer {
	c := composer{m: r.meter(), ragged: al != alignJustify, buf: r.kp}
	if !c.ragged {
		c.hyph = r.hyphenator()
	}
	return c
}

// compose breaks words into lines across the current measure.
func (r *renderer) compose(words []word, al align) []line {
	return r.composer(al).compose(words, r.x1-r.x0, al)
}

// setText breaks runs into lines across the current measure and sets
// them: no page break leaves a single line of them alone at the foot or
// the top of a page, nor falls after a hyphenated line (a word is not
// split across pages).
func (r *renderer) setText(runs []run, al align) {
	st := r.base
	from := r.queued()
	lines := r.compose(toWordsInto(runs, r.meter(), r.kp), al)
	for _, l := range lines {
		r.setLine(l, st, r.x0)
	}
	set := r.since(from)
	noOrphansOrWidows(set)
	for i, l := range lines {
		if l.hyphenated && i+1 < len(set) && len(set) == len(lines) {
			set[i+1].keep = true
		}
	}
}

// setLine sets one line of text in st with its left edge at x0.
func (r *renderer) setLine(l line, st style, x0 float64) {
	h := r.geo.lineHeight(st, l)
	b := baseline(st, h)
	r.lineRefs(l, 0)
	r.emitLine(h, b, func(top float64) { r.drawLine(l, x0, top, top+b, h) })
}

// lineRefs notes what the next line carries: the notes it refers to first,
// where its text starts in the source, and the anchors of its fragments,
// which land dy below the line's top.
func (r *renderer) lineRefs(l line, dy float64) {
	for _, f := range l.frags {
		if f.src > 0 && r.lineSrc == 0 {
			r.lineSrc = f.src
		}
		if f.ref == nil {
			continue
		}
		if a := f.ref.anchor; a != "" {
			r.lineAnchors = append(r.lineAnchors, fragAnchor{a, dy})
		}
		if n := r.noteSet[f.ref.note]; f.ref.note != "" && n != nil && !n.placed {
			n.placed = true
			r.lineNotes = append(r.lineNotes, n)
		}
	}
}

// drawLine draws a set line with its left edge at x0, its top at top and
// its baseline at base; h is its height, for link areas. The anchors of its
// fragments land where the line is set (see lineRefs), not here.
func (r *renderer) drawLine(l line, x0, top, base, h float64) {
	p := r.p
	xs := r.linePositions(l, x0)
	r.drawMarks(l, x0, xs, base) // dialect.go
	// The words of one colour without rules go in one text object; the
	// others each in one of their own, with their rules after it.
	batch, col, seen := true, rgb{}, false
	for _, f := range l.frags {
		if f.text == "" {
			continue
		}
		if f.st.underline || f.st.strike || seen && f.st.color != col {
			batch = false
		}
		col, seen = f.st.color, true
	}
	if batch {
		p.SetTextColor(col.ints())
		r.glyphs.begin()
	}
	for i, f := range l.frags {
		x := x0 + f.x
		if xs != nil {
			x = xs[i]
		}
		if f.text == "" {
			continue
		}
		c := f.st.color
		y := base - f.st.rise
		if batch {
			r.glyphs.add(x, y, r.shaped(f.text, f.st), f.st.size)
		} else {
			p.SetTextColor(c.ints())
			r.show(x, y, f.text, f.st)
		}
		if f.st.underline || f.st.strike {
			p.SetDrawColor(c.ints())
			p.SetLineWidth(f.st.size / 20)
			if f.st.underline {
				// The rule runs on under the space before the next
				// fragment when that is underlined alike.
				end := x + f.width
				if i+1 < len(l.frags) {
					if g := l.frags[i+1]; g.st.underline && g.st.size == f.st.size && g.st.rise == f.st.rise && g.text != "" {
						next := x0 + g.x
						if xs != nil {
							next = xs[i+1]
						}
						end = max(end, next)
					}
				}
				p.Line(x, y+f.st.size*0.12, end, y+f.st.size*0.12)
			}
			if f.st.strike {
				p.Line(x, y-f.st.size*0.28, x+f.width, y-f.st.size*0.28)
			}
		}
		// Link areas are not moved by the drawing transform: shift them.
		switch link := f.link(); {
		case link.anchor != "":
			p.Link(x+r.dx, top, f.width, h, r.linkID(link.anchor))
		case link.url != "":
			p.LinkString(x+r.dx, top, f.width, h, link.url)
		}
	}
	if batch {
		r.glyphs.end()
	}
	p.SetTextColor(0, 0, 0)
}
