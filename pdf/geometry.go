package pdf

// geometry is the page and type sizes of one PDF build: everything a print
// profile can change. All lengths are in points.
type geometry struct {
	pageW, pageH float64
	// Margins. inner is the binding side: the left margin of right-hand
	// (odd) pages; with twoSided, left-hand pages mirror it.
	inner, outer, top, bottom float64
	twoSided                  bool
	// rtl binds the book on the right, as a book written right to left
	// is: the inner margin is the right margin of odd pages.
	rtl bool

	bodySize  float64 // body text size
	leading   float64 // line height as a multiple of the font size
	codeSize  float64
	noteSize  float64
	tableSize float64
	indent    float64 // list and quote indentation step
}

// defaultGeometry is a 6×9 in trade page with a 4.5 in measure and 10.5 pt
// body type.
func defaultGeometry() geometry {
	return geometry{
		pageW: 432, pageH: 648,
		inner: 54, outer: 54, top: 54, bottom: 72,
		bodySize: 10.5, leading: 1.35,
		codeSize: 8.6, noteSize: 9, tableSize: 9.2,
		indent: 18,
	}
}

// left is the x of the text block's left edge on page (1-based).
func (g geometry) left(page int) float64 {
	if g.twoSided && (page%2 == 0) != g.rtl {
		return g.outer
	}
	return g.inner
}

// right is the x of the text block's right edge on page.
func (g geometry) right(page int) float64 {
	return g.left(page) + g.measure()
}

// measure is the width of the text block.
func (g geometry) measure() float64 { return g.pageW - g.inner - g.outer }

// mirrorX is where something drawn at x, w wide, in the text block of
// page goes in a book written right to left: the text block turned over,
// so that indents, list marks and quote rules sit on the right and table
// columns run from the right. Left to right, it stays.
func (g geometry) mirrorX(page int, x, w float64) float64 {
	if !g.rtl {
		return x
	}
	return 2*g.left(page) + g.measure() - x - w
}

// textBottom is the lowest y a line may reach.
func (g geometry) textBottom() float64 { return g.pageH - g.bottom }

// folioBase is the baseline of the page number.
func (g geometry) folioBase() float64 { return g.pageH - g.bottom/2 - 2 }

// headingSize is the font size of a heading level below the chapter title.
func (g geometry) headingSize(level int) float64 {
	scale := [...]float64{1: 16, 2: 14, 3: 12, 4: 11, 5: 10.5, 6: 10.5}
	if level < 1 || level > 6 {
		level = 6
	}
	return g.bodySize * scale[level] / 10.5
}

// codeStyle is the style of code blocks; markStyle of their continuation
// marks.
func (g geometry) codeStyle() style { return style{face: face{mono: true}, size: g.codeSize} }
func (g geometry) markStyle() style {
	return style{face: face{mono: true}, size: g.codeSize, color: grey}
}

// shift is how far the text block of page sits right of its place on page
// 1: outer - inner on the left-hand pages of a two-sided book, else 0.
func (g geometry) shift(page int) float64 { return g.left(page) - g.left(1) }

// headBase is the baseline of the running head, in the top margin.
func (g geometry) headBase() float64 { return g.top - g.bodySize*1.6 }

// headSize is the type size of running heads and folios.
func (g geometry) headSize() float64 { return g.bodySize * 9 / bookBodySize }
