package pdf

// flow is the renderer's place on the page: the measure it sets lines in,
// the current y, and what must happen with the next line drawn.
type flow struct {
	x0, x1 float64 // left and right edges of the current measure
	y      float64 // top of the next line
	// gap is vertical space owed before the next line; gaps collapse (the
	// larger wins) and vanish at the top of a page.
	gap   float64
	atTop bool // nothing has been drawn on the page yet
	// due lists anchors that land on the next line drawn.
	due []string
	// marker is drawn at the left of the next line (a list bullet or a
	// note number), so that it always stays with that line.
	marker *marker
	// decos are the decorations of the blocks being set (quote rules, code
	// shading), drawn beside every line.
	decos []*deco
	// base is the style of running text in the current block.
	base style
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
	decoShade                 // a shaded band from x0 to x1 (code)
)

// deco is a decoration beside the lines of a block. page and end remember
// where it was last drawn, so that it runs on unbroken across gaps.
type deco struct {
	kind   decoKind
	x0, x1 float64
	page   int
	end    float64
}

func newFlow(g geometry) flow {
	return flow{
		x0:   g.left(1),
		x1:   g.right(1),
		base: style{size: g.bodySize},
	}
}

// newPage starts a page.
func (r *renderer) newPage() {
	r.p.AddPage()
	r.y, r.gap, r.atTop = r.geo.top, 0, true
}

// vspace asks for vertical space before the next line.
func (r *renderer) vspace(h float64) { r.gap = max(r.gap, h) }

// need starts a new page unless h points fit below the current line (and
// the gap owed before it).
func (r *renderer) need(h float64) {
	if !r.atTop && r.y+r.gap+h > r.geo.textBottom() {
		r.newPage()
	}
}

// emitLine places a line of height h: on a new page if it does not fit.
// base is the baseline's offset from the line's top, for the marker. draw
// draws the line's content given its top.
func (r *renderer) emitLine(h, base float64, draw func(top float64)) {
	r.need(h)
	if !r.atTop {
		r.y += r.gap
	}
	r.gap = 0
	top := r.y
	page := r.p.PageNo()
	for _, a := range r.due {
		r.setAnchor(a, page, top)
	}
	r.due = nil
	for _, d := range r.decos {
		r.drawDeco(d, top, top+h)
	}
	if r.marker != nil {
		r.drawLine(r.marker.line, r.marker.x, top, top+base, h)
		r.marker = nil
	}
	draw(top)
	r.y = top + h
	r.atTop = false
}

// setAnchor records where an anchor lands; the first place wins.
func (r *renderer) setAnchor(a string, page int, y float64) {
	if _, ok := r.anchors[a]; !ok && a != "" {
		r.anchors[a] = pos{page, y}
	}
}

// drawDeco draws a decoration beside the line from top to end.
func (r *renderer) drawDeco(d *deco, top, end float64) {
	page := r.p.PageNo()
	from := top
	if d.page == page && d.end < top {
		from = d.end
	}
	d.page, d.end = page, end
	switch d.kind {
	case decoRule:
		r.p.SetDrawColor(ruleGrey.r, ruleGrey.g, ruleGrey.b)
		r.p.SetLineWidth(1.2)
		r.p.Line(d.x0, from, d.x0, end)
	case decoShade:
		r.p.SetFillColor(codeShade.r, codeShade.g, codeShade.b)
		r.p.Rect(d.x0, from, d.x1-d.x0, end-from, "F")
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

// setText breaks runs into lines across the current measure and draws
// them, each line on the page where it fits.
func (r *renderer) setText(runs []run, al align) {
	st := r.base
	words := toWords(runs, r.m)
	for _, l := range setLines(words, r.x1-r.x0, al, r.m) {
		h := r.geo.lineHeight(st, l)
		b := baseline(st, h)
		x0 := r.x0
		r.emitLine(h, b, func(top float64) { r.drawLine(l, x0, top, top+b, h) })
	}
}

// drawLine draws a set line with its left edge at x0, its top at top and
// its baseline at base; h is its height, for link areas.
func (r *renderer) drawLine(l line, x0, top, base, h float64) {
	p := r.p
	page := p.PageNo()
	for _, f := range l.frags {
		x := x0 + f.x
		if f.anchor != "" {
			r.setAnchor(f.anchor, page, top)
		}
		if f.text == "" {
			continue
		}
		useFont(p, f.st)
		c := f.st.color
		p.SetTextColor(c.r, c.g, c.b)
		y := base - f.st.rise
		p.Text(x, y, f.text)
		if f.st.underline || f.st.strike {
			p.SetDrawColor(c.r, c.g, c.b)
			p.SetLineWidth(f.st.size / 20)
			if f.st.underline {
				p.Line(x, y+f.st.size*0.12, x+f.width, y+f.st.size*0.12)
			}
			if f.st.strike {
				p.Line(x, y-f.st.size*0.28, x+f.width, y-f.st.size*0.28)
			}
		}
		switch {
		case f.link.anchor != "":
			p.Link(x, top, f.width, h, r.linkID(f.link.anchor))
		case f.link.url != "":
			p.LinkString(x, top, f.width, h, f.link.url)
		}
	}
	p.SetTextColor(0, 0, 0)
}
