package measure

// spacing computes issue 3's word-spacing measure: the share of justified,
// non-final body lines whose mean word gap exceeds 1.5 times the natural
// gap.
//
//   - A word gap is xMin of a word minus xMax of the word before it on the
//     same line. poppler splits words at spaces, so a gap is one space as
//     set (a footnote mark or a change of font inside a word may split it
//     with a zero gap; the median shrugs that off).
//   - Paragraph-final lines are body lines (see classOf) that do not reach
//     the right edge: in justified text only the last line of a paragraph
//     (or of a list item) is ragged, and it is set with natural spaces. The
//     natural gap of a page is the median gap of its final lines, or the
//     document's when the page has fewer than 8 such gaps.
//   - A justified, non-final line is a body line that reaches the edge and
//     is not the last line of its block, except that the last body line of
//     a page counts when it reaches the edge: its paragraph goes on over
//     the page.
func (d *doc) spacing(rep *Report) {
	pageGaps := map[int][]float64{}
	var all []float64
	for _, p := range d.pages {
		if d.skip[p.n] {
			continue
		}
		for _, l := range p.lines {
			if l.class == classBody && !d.atEdge(l) {
				pageGaps[p.n] = append(pageGaps[p.n], l.gaps()...)
				all = append(all, l.gaps()...)
			}
		}
	}
	rep.NaturalGap = median(all)
	if rep.NaturalGap <= 0 {
		return
	}
	var ratios []float64
	for _, p := range d.pages {
		if d.skip[p.n] {
			continue
		}
		natural := rep.NaturalGap
		if g := pageGaps[p.n]; len(g) >= minPageGaps && median(g) > 0 {
			natural = median(g)
		}
		foot := d.footLine(p)
		for _, l := range p.lines {
			if l.class != classBody || !d.atEdge(l) || (l.last && l != foot) {
				continue
			}
			r := mean(l.gaps()) / natural
			ratios = append(ratios, r)
			if r > 1.5 {
				rep.Loose++
			}
		}
	}
	rep.Justified = len(ratios)
	if rep.Justified > 0 {
		rep.LooseShare = float64(rep.Loose) / float64(rep.Justified)
	}
	rep.MeanRatio = mean(ratios)
	rep.P95Ratio = percentile(ratios, 95)
}
