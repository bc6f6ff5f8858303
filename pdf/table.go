package pdf

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// cellPad is the space on each side of a table cell's text.
const cellPad = 4.0

// tableCell is a cell's content as words, and its alignment.
type tableCell struct {
	words []word
	al    align
}

// tableRow is a row of cells; head rows are set bold.
type tableRow struct {
	cells []tableCell
	head  bool
}

// table sets a GFM table: columns as wide as their content allows within
// the measure, cells wrapped (never clipped), the header row bold between
// rules. A row that does not fit starts a new page; a row taller than a
// page is split between its lines.
func (r *renderer) table(n ast.Node) {
	st := r.base
	st.size = min(st.size, r.geo.tableSize)
	var rows []tableRow
	cols := 0
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		tr := tableRow{head: row.Kind() == east.KindTableHeader}
		cst := st
		cst.face.bold = tr.head || cst.face.bold
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cell := tableCell{al: alignLeft}
			if tc, ok := c.(*east.TableCell); ok {
				cell.al = cellAlign(tc.Alignment)
			}
			cell.words = toWords(r.inlines(c, inlineCtx{st: cst}), r.m)
			tr.cells = append(tr.cells, cell)
		}
		cols = max(cols, len(tr.cells))
		rows = append(rows, tr)
	}
	if cols == 0 {
		return
	}
	widths := columnWidths(rows, cols, r.x1-r.x0-2*cellPad*float64(cols))
	lh := st.size * r.geo.leading

	r.vspace(r.base.size * 0.8)
	x0 := r.x0
	rule := func(y, weight float64) {
		r.p.SetDrawColor(0, 0, 0)
		r.p.SetLineWidth(weight)
		total := 0.0
		for _, w := range widths {
			total += w + 2*cellPad
		}
		r.p.Line(x0, y, x0+total, y)
	}
	for i, row := range rows {
		// Set every cell, then draw the row line by line.
		set := make([][]line, cols)
		height := 0
		for c := range cols {
			if c < len(row.cells) {
				set[c] = setLines(row.cells[c].words, widths[c], row.cells[c].al, r.m)
			}
			height = max(height, len(set[c]))
		}
		height = max(height, 1)
		r.need(float64(height)*lh + 2*cellPad)
		for k := range height {
			h, off := lh, 0.0
			if k == 0 {
				h, off = h+cellPad, cellPad
			}
			if k == height-1 {
				h += cellPad
			}
			b := off + baseline(st, lh)
			first, last := k == 0, k == height-1
			r.emitLine(h, b, func(top float64) {
				if first && (i == 0 || row.head) {
					rule(top, 0.8)
				}
				x := x0 + cellPad
				for c := range cols {
					if k < len(set[c]) {
						l := set[c][k]
						r.drawLine(l, x, top+off, top+b, lh)
					}
					x += widths[c] + 2*cellPad
				}
				if last && (row.head || i == len(rows)-1) {
					rule(top+h, 0.8)
				}
			})
		}
	}
	r.vspace(r.base.size * 0.8)
}

// cellAlign maps a GFM column alignment to a line alignment.
func cellAlign(a east.Alignment) align {
	switch a {
	case east.AlignRight:
		return alignRight
	case east.AlignCenter:
		return alignCenter
	}
	return alignLeft
}

// columnWidths shares avail between cols columns (text widths, padding
// excluded). A column gets its natural width (its widest cell on one line)
// when all fit; else each gets at least its longest word and the rest is
// shared in proportion to how much more each would like; when even the
// longest words do not fit, widths follow them and long words break.
func columnWidths(rows []tableRow, cols int, avail float64) []float64 {
	minW := make([]float64, cols)
	maxW := make([]float64, cols)
	for _, row := range rows {
		for c, cell := range row.cells {
			natural := 0.0
			for i, w := range cell.words {
				minW[c] = max(minW[c], w.width)
				natural += w.width
				if i < len(cell.words)-1 {
					natural += w.space
				}
			}
			maxW[c] = max(maxW[c], natural)
		}
	}
	sumMin, sumMax := 0.0, 0.0
	for c := range cols {
		minW[c] = max(minW[c], 6)
		maxW[c] = max(maxW[c], minW[c])
		sumMin += minW[c]
		sumMax += maxW[c]
	}
	out := make([]float64, cols)
	switch {
	case sumMax <= avail:
		copy(out, maxW)
	case sumMin <= avail:
		share := (avail - sumMin) / (sumMax - sumMin)
		for c := range cols {
			out[c] = minW[c] + (maxW[c]-minW[c])*share
		}
	default:
		for c := range cols {
			out[c] = avail * minW[c] / sumMin
		}
	}
	return out
}
