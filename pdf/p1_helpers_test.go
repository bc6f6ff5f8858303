package pdf

import (
	"math"

	"github.com/quire-books/quire/book"
)

// greedyBreaks is first-fit line breaking, for comparison: each line takes
// words while their natural width fits the measure.
func greedyBreaks(items []kpItem, measure float64) []int {
	s := itemSums(items)
	var out []int
	from, last := 0, -1 // line start; last legal break that fits
	for i, it := range items {
		legal := it.kind == glueItem && i > 0 && items[i-1].kind == boxItem ||
			it.kind == penaltyItem && it.penalty < penaltyInf
		if !legal {
			continue
		}
		if s.w[i]-s.w[from] > measure+eps && last >= 0 {
			out = append(out, last)
			from = last + 1
			for from < len(items) && items[from].kind != boxItem {
				from++
			}
		}
		last = i
		if it.kind == penaltyItem && it.penalty <= -penaltyInf {
			out = append(out, i)
			from, last = i+1, -1
		}
	}
	return out
}

// lineRatios returns the adjustment ratio of every line but the last.
func lineRatios(c composer, items []kpItem, breaks []int, measure float64) []float64 {
	s := itemSums(items)
	var out []float64
	from := 0
	for _, b := range breaks[:len(breaks)-1] {
		for from < b && items[from].kind != boxItem {
			from++
		}
		w := s.w[b] - s.w[from]
		if items[b].kind == penaltyItem {
			w += items[b].width
		}
		out = append(out, c.ratio(w, s.y[b]-s.y[from], s.z[b]-s.z[from], s.fill[b] > s.fill[from], measure))
		from = b + 1
	}
	return out
}

// maxRatio is the largest |ratio| of the lines but the last.
func maxRatio(c composer, items []kpItem, breaks []int, measure float64) float64 {
	m := 0.0
	for _, r := range lineRatios(c, items, breaks, measure) {
		m = max(m, math.Abs(r))
	}
	return m
}

// newFontMeasurer measures with the fonts of a book that names none.
func newFontMeasurer() measurer {
	set, err := fontsFor(&book.Book{})
	if err != nil {
		panic(err)
	}
	return newEngineMeasurer(set.Engine("en", false, nil))
}
