package pdf

import (
	"sort"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
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

// minTableSize is the smallest type a table is set in to fit the measure.
const minTableSize = 7.5

// table sets a GFM table: columns as wide as their content allows within
// the measure, cells wrapped (never clipped), the header row bold between
// rules. A table too wide for the measure is set in smaller type, down to
// minTableSize, then its cells wrap, breaking long words. A page break may
// fall between rows, never inside one, and the header row is repeated at
// the top of the next page. A caption (a first TableCaption child) goes
// above the table, kept with its first rows.
func (r *renderer) table(n ast.Node) {
	st := r.base
	st.size = min(st.size, r.geo.tableSize)
	rows, cols := r.tableRows(n, st)
	if cols == 0 {
		return
	}
	avail := r.x1 - r.x0 - 2*cellPad*float64(cols)
	for st.size > minTableSize && minWidth(rows, cols) > avail+eps {
		st.size = max(st.size-0.5, minTableSize)
		rows, _ = r.tableRows(n, st)
	}
	widths := columnWidths(rows, cols, avail)
	lh := st.size * r.geo.leading

	r.vspace(r.base.size * 0.8)
	if id, ok := n.AttributeString("id"); ok { // Table: Caption {#id}
		if b, ok := id.([]byte); ok {
			r.due = append(r.due, string(b))
		}
	}
	// The caption goes above the table, kept with its first rows.
	caption, _ := n.FirstChild().(*book.TableCaption)
	if caption != nil {
		r.captionText(caption) // dialect.go
		r.vspace(4)
	}
	firstRow := r.queued()
	x0 := r.x0
	total := 0.0
	for _, w := range widths {
		total += w + 2*cellPad
	}
	rule := func(y, weight float64) {
		r.p.SetDrawColor(0, 0, 0)
		r.p.SetLineWidth(weight)
		x := r.geo.mirrorX(1, x0, total)
		r.p.Line(x, y, x+total, y)
	}
	var header []*vitem
	firstBody := true
	for i, row := range rows {
		// Set every cell, then set the row line by line.
		set := make([][]line, cols)
		height := 0
		for c := range cols {
			if c < len(row.cells) {
				cell := row.cells[c]
				set[c] = composer{m: r.meter(), ragged: true, buf: r.kp}.compose(cell.words, widths[c], cell.al)
			}
			height = max(height, len(set[c]))
		}
		height = max(height, 1)
		from := r.queued()
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
			for c := range cols {
				if k < len(set[c]) {
					r.lineRefs(set[c][k], off)
				}
			}
			r.emitLine(h, b, func(top float64) {
				if first && (i == 0 || row.head) {
					rule(top, 0.8)
				}
				x := x0 + cellPad
				for c := range cols {
					if k < len(set[c]) {
						r.drawLine(set[c][k], x, top+off, top+b, lh)
					}
					x += widths[c] + 2*cellPad
				}
				if last && (row.head || i == len(rows)-1) {
					rule(top+h, 0.8)
				}
			})
		}
		lines := r.since(from)
		keepTogether(lines)
		switch {
		case row.head:
			header = append(header, lines...)
		case len(lines) > 0:
			for _, l := range lines {
				l.header = header
			}
			if firstBody && len(header) > 0 {
				lines[0].keep = true // the header stays with a row
			}
			firstBody = false
		}
	}
	if caption != nil && r.queued() > firstRow {
		r.vl.items[firstRow].keep = true
	}
	r.vspace(r.base.size * 0.8)
}

// tableRows returns the rows of a table set in st, and the number of
// columns.
func (r *renderer) tableRows(n ast.Node, st style) ([]tableRow, int) {
	var rows []tableRow
	cols := 0
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		if row.Kind() == book.KindTableCaption {
			continue
		}
		tr := tableRow{head: row.Kind() == east.KindTableHeader}
		cst := st
		cst.face.bold = tr.head || cst.face.bold
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cell := tableCell{al: alignLeft}
			if tc, ok := c.(*east.TableCell); ok {
				cell.al = cellAlign(tc.Alignment)
			}
			cell.words = toWords(r.inlines(c, inlineCtx{st: cst}), r.meter())
			tr.cells = append(tr.cells, cell)
		}
		cols = max(cols, len(tr.cells))
		rows = append(rows, tr)
	}
	return rows, cols
}

// minWidth is the sum of the columns' longest words.
func minWidth(rows []tableRow, cols int) float64 {
	minW := make([]float64, cols)
	for _, row := range rows {
		for c, cell := range row.cells {
			for _, w := range cell.words {
				minW[c] = max(minW[c], w.width)
			}
		}
	}
	sum := 0.0
	for _, w := range minW {
		sum += max(w, 6)
	}
	return sum
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
// shared out so that columns wanting little get all of it (see below);
// when even the longest words do not fit, widths follow them and long
// words break.
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
		// Water-filling: columns that want little more than their longest
		// word get all they want; the others share what is left equally.
		copy(out, minW)
		order := make([]int, cols)
		for c := range order {
			order[c] = c
		}
		sort.SliceStable(order, func(i, j int) bool {
			return maxW[order[i]]-minW[order[i]] < maxW[order[j]]-minW[order[j]]
		})
		left := avail - sumMin
		for i, c := range order {
			g := min(maxW[c]-minW[c], left/float64(cols-i))
			out[c] += g
			left -= g
		}
	default:
		for c := range cols {
			out[c] = avail * minW[c] / sumMin
		}
	}
	return out
}
