package pdf

import (
	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/l10n"
)

// titlePage sets the title page from the metadata: title, subtitle,
// authors and other contributors, then publisher and date at the foot. It
// carries no page number.
func (r *renderer) titlePage() {
	m := r.b.Meta
	r.newPage()
	r.noFolio[r.page] = true
	r.y = r.geo.pageH * 0.2
	r.centered(m.Title, style{face: face{bold: true}, size: 24})
	if m.Subtitle != "" {
		r.vspace(10)
		r.centered(m.Subtitle, style{face: face{italic: true}, size: 14})
	}
	r.vspace(36)
	for _, c := range m.Authors() {
		r.centered(c.Name, style{size: 14})
	}
	words := m.Words()
	for _, c := range m.Creators {
		if key, ok := roleBy[c.Role]; ok {
			r.vspace(6)
			r.centered(words.Fill(key, c.Name), style{face: face{italic: true}, size: 11})
		}
	}
	var foot []string
	for _, s := range []string{m.Publisher, m.Date, m.Rights} {
		if s != "" {
			foot = append(foot, s)
		}
	}
	if len(foot) > 0 {
		r.y, r.gap = max(r.y+24, r.geo.textBottom()-float64(len(foot))*14), 0
		for _, s := range foot {
			r.centered(s, style{size: 10})
		}
	}
}

// roleBy names the catalogue key of the title page's credit of each kind
// of contributor other than authors ("Edited by {name}"…).
var roleBy = map[string]string{
	"edt": l10n.EditedBy,
	"trl": l10n.TranslatedBy,
	"ill": l10n.IllustratedBy,
}

// centered sets text centred across the measure, in st.
func (r *renderer) centered(text string, st style) {
	restore := r.withBase(st)
	defer restore()
	r.setText([]run{{text: text, st: st}}, alignCenter)
}

// partPage sets a part's title page.
func (r *renderer) partPage(pt *book.Part) {
	r.newPage()
	r.noFolio[r.page] = true
	r.y = r.geo.pageH * 0.3
	r.due = append(r.due, pt.Anchor)
	r.centered(pt.Title, style{face: face{bold: true}, size: 22})
}

// contents prints the table of contents: every entry of the book's TOC,
// indented by depth, with its page number after a dotted leader, the whole
// entry linked to its anchor. Page numbers come from the previous pass;
// the first pass prints placeholders of the same width (the number column
// is fixed, so the numbers never move a line).
func (r *renderer) contents() {
	r.newPage()
	r.y += 36
	r.setStyled(r.b.Meta.Words().Get(l10n.Contents), style{face: face{bold: true}, size: 18}, alignLeft)
	r.vspace(24)
	numW := r.m.width("0000", style{size: r.geo.bodySize})
	for _, e := range r.b.TOCFlat() {
		st := style{size: r.geo.bodySize}
		gap := 3.0
		switch e.Kind {
		case book.TOCPart:
			st.face.bold = true
			gap = 12
		case book.TOCHeading:
			st.size = 9.5
			gap = 1
		}
		indent := float64(e.Depth-1) * 14
		measure := r.x1 - r.x0 - indent - numW - 8
		lines := setLines(toWords([]run{{text: e.Title, st: st}}, r.m), measure, alignLeft, r.m)
		if len(lines) == 0 {
			continue
		}
		total := 0.0
		for _, l := range lines {
			total += r.geo.lineHeight(st, l)
		}
		if e.Kind == book.TOCPart {
			total += 2 * r.geo.bodySize * r.geo.leading // keep a part with its first chapter
		}
		r.vspace(gap)
		r.need(total)
		num := r.prevLabel(e.Anchor, refPlaceholder)
		r.printed = append(r.printed, printedNum{e.Anchor, num, st})
		x0, x1 := r.x0+indent, r.x1
		for i, l := range lines {
			h := r.geo.lineHeight(st, l)
			b := baseline(st, h)
			last := i == len(lines)-1
			r.emitLine(h, b, func(top float64) {
				r.drawLine(l, x0, top, top+b, h)
				r.p.Link(x0, top, x1-x0, h, r.linkID(e.Anchor))
				if !last {
					return
				}
				w := r.m.width(num, st)
				r.p.SetTextColor(0, 0, 0)
				r.show(r.geo.mirrorX(1, x1-w, w), top+b, num, st)
				lx0, lx1 := x0+l.width+6, x1-w-6
				r.leader(r.geo.mirrorX(1, lx0, lx1-lx0), r.geo.mirrorX(1, lx0, lx1-lx0)+lx1-lx0, top+b)
			})
		}
	}
}

// setStyled sets one piece of text in st.
func (r *renderer) setStyled(text string, st style, al align) {
	restore := r.withBase(st)
	defer restore()
	r.setText([]run{{text: text, st: st}}, al)
}

// leader draws a dotted line from x0 to x1 on the baseline y: drawn, not
// typed, so that it stays out of the extracted text.
func (r *renderer) leader(x0, x1, y float64) {
	if x1-x0 < 12 {
		return
	}
	p := r.p
	p.SetDrawColor(ruleGrey.ints())
	p.SetLineWidth(0.9)
	p.SetLineCapStyle("round")
	p.SetDashPattern([]float64{0, 4}, 0)
	p.Line(x0, y-0.5, x1, y-0.5)
	p.SetDashPattern(nil, 0)
	p.SetLineCapStyle("butt")
}

// outline adds the bookmarks: exactly the entries of the book's TOC, in
// order, nested by depth, each at the place its anchor landed. fpdf wants
// levels that never grow by more than one from one entry to the next.
func (r *renderer) outline() {
	last := r.p.PageNo()
	prevLevel := -1
	at := pos{page: 1}
	for _, e := range r.b.TOCFlat() {
		if a, ok := r.anchors[e.Anchor]; ok {
			at = a
		}
		level := min(max(e.Depth-1, 0), prevLevel+1)
		prevLevel = level
		r.p.SetPage(at.page)
		r.p.Bookmark(e.Title, level, at.y)
	}
	r.p.SetPage(last)
}
