package measure

import "strings"

// Bad page breaks, found from where lines sit on consecutive pages. Limits:
// poppler does not say which lines form a paragraph, so a paragraph is
// taken to continue over a page when the last body line of the page
// reaches the right edge (a paragraph that happens to end flush with the
// edge looks like one that goes on); a paragraph starts where a block
// starts or after a line that does not reach the edge; notes at the foot
// of the page are looked past (see footLine). Floats that an
// engine moves (figures, tables) can hide a break; pages that look like a
// table of contents are skipped.

// footLine is the last line of page p's text: the last line inside the
// body's vertical extent, looking past notes at the foot of the page. Notes
// are a final run of lines in a smaller type whose first line starts with
// a note number ("1", "2." or a superscript figure). No gap tells them
// apart: LaTeX sets notes a few points below the text, as close as a table
// or a code block follows a paragraph; those start with text, not a number,
// and end the page's text themselves. nil for a page without text.
func (d *doc) footLine(p *page) *line {
	var text []*line
	for _, l := range p.lines {
		if l.class != classMargin {
			text = append(text, l)
		}
	}
	if len(text) == 0 {
		return nil
	}
	i := len(text) - 1
	for i >= 0 && text[i].size < (1-sizeTol)*d.bodySize {
		i--
	}
	if i >= 0 && i < len(text)-1 && startsNote(text[i+1]) {
		return text[i]
	}
	return text[len(text)-1]
}

// startsNote reports whether l begins with a note number: a word of digits,
// perhaps followed by "." or ")".
func startsNote(l *line) bool {
	w := strings.TrimRight(l.words[0].text, ".)")
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// headLine is the first line of page p's text (running heads left out).
func (d *doc) headLine(p *page) *line {
	for _, l := range p.lines {
		if l.class != classMargin {
			return l
		}
	}
	return nil
}

// isProse reports whether l is body-size text that is not code, a table
// row or a contents entry.
func (d *doc) isProse(l *line) bool {
	return l != nil && d.isBodySize(l) && l.class != classMargin && l.class != classMono && l.class != classTabular && l.class != classTOC
}

// startsParagraph reports whether line i of page p opens a paragraph: it
// opens its block, or the line before it is of another kind or ends short.
func (d *doc) startsParagraph(p *page, l *line) bool {
	if l.first {
		return true
	}
	for i, m := range p.lines {
		if m == l && i > 0 {
			prev := p.lines[i-1]
			return prev.block != l.block || !d.isProse(prev) || !d.atEdge(prev)
		}
	}
	return true
}

// breaks counts widows, orphans and headings at the foot of a page.
//   - orphan: the page's foot line is prose that reaches the edge (its
//     paragraph goes on) and opens its paragraph;
//   - widow: the foot line of a page is prose that reaches the edge, and
//     the next page's first line is prose that does not and ends its block
//     (the paragraph's last line, alone). A short first line followed by
//     more lines of its block is rather a definition term or a list item's
//     label; engines that mark paragraphs by indent alone, without space
//     between, may make one block of several paragraphs, and their widows
//     are missed;
//   - heading at foot: the foot line is set larger than the body (by more
//     than 6%), has at most 12 words, has body text above it on the page,
//     and the next page starts with body-size text.
func (d *doc) breaks(rep *Report, worst int) {
	var all []Break
	for i, p := range d.pages {
		if d.skip[p.n] || i+1 >= len(d.pages) {
			continue
		}
		foot := d.footLine(p)
		next := d.pages[i+1]
		head := d.headLine(next)
		if foot == nil || head == nil || d.skip[next.n] {
			continue
		}
		if foot.size > (1+sizeTol)*d.bodySize && len(foot.words) <= 12 && d.isBodySize(head) && d.hasBodyAbove(p, foot) {
			rep.HeadingsAtFoot++
			all = append(all, Break{Page: p.n, Kind: "heading at foot", Text: foot.text()})
		}
		if !d.isProse(foot) || !d.atEdge(foot) || !d.isProse(head) {
			continue
		}
		if d.startsParagraph(p, foot) {
			rep.Orphans++
			all = append(all, Break{Page: p.n, Kind: "orphan", Text: foot.text()})
		}
		if !d.atEdge(head) && head.last {
			rep.Widows++
			all = append(all, Break{Page: next.n, Kind: "widow", Text: head.text()})
		}
	}
	rep.Breaks = all[:min(worst, len(all))]
}

// hasBodyAbove reports whether page p has a body line before l.
func (d *doc) hasBodyAbove(p *page, l *line) bool {
	for _, m := range p.lines {
		if m == l {
			return false
		}
		if m.class == classBody {
			return true
		}
	}
	return false
}
