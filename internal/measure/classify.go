package measure

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tolerances, in points.
const (
	// overfullTol: a word more than this past the right edge is overfull.
	overfullTol = 0.5
	// edgeTol: a line whose right end is this close to the right edge is
	// justified (it "reaches the edge").
	edgeTol = 0.5
	// alignTol: lines whose right ends agree within ±alignTol are taken to
	// share an edge when the edge is inferred.
	alignTol = 0.3
	// sizeTol: lines whose type size (word-box height) differs from the
	// body's by more than this fraction are not body text.
	sizeTol = 0.06
	// emPerHeight converts a word-box height to an em: poppler's boxes
	// span the font's ascent to descent, about 1.6 em for book faces such
	// as Charis SIL and Latin Modern.
	emPerHeight = 1 / 1.6
	// hangEm is how far (in ems) punctuation may hang into the margin
	// without counting as overfull: engines with character protrusion
	// (pdfTeX/XeTeX with microtype) let hyphens, stops and commas stick out
	// on purpose, which is good typography, not an overfull line.
	hangEm = 0.4
	// minPageGaps is how many word gaps a page's paragraph-final lines
	// need before their median is used as the page's natural gap.
	minPageGaps = 8
)

// lineClass is what the heuristics made of a line.
type lineClass int

const (
	classBody    lineClass = iota // body text in the text block
	classMargin                   // above or below the text block: running head, folio
	classSize                     // another type size: heading, note, caption, table, code
	classShort                    // three words or fewer
	classNarrow                   // much narrower than the measure (reaching the edge or not)
	classMono                     // monospaced: code
	classTabular                  // uneven gaps: a table row or a leader line
	classTOC                      // an entry of a table of contents
)

// doc is a parsed document with what the heuristics inferred about it.
type doc struct {
	pages    []*page
	bodySize float64
	block    [2]Block // odd, even pages
	top, bot float64  // the vertical extent of body text
	skip     map[int]bool
}

func newDoc(pages []*page, opt Options) *doc {
	d := &doc{pages: pages, skip: map[int]bool{}}
	d.bodySize = d.inferBodySize()
	d.block = d.inferBlocks(opt)
	d.top, d.bot = d.inferVertical()
	for _, p := range pages {
		d.classify(p)
	}
	return d
}

// inferBodySize is the most common word-box height of lines of four words
// or more (rounded to 0.1pt): the body text's.
func (d *doc) inferBodySize() float64 {
	count := map[float64]int{}
	best, bestN := 0.0, 0
	for _, p := range d.pages {
		for _, l := range p.lines {
			if len(l.words) < 4 {
				continue
			}
			s := math.Round(l.size*10) / 10
			count[s]++
			if n := count[s]; n > bestN || (n == bestN && s < best) {
				best, bestN = s, n
			}
		}
	}
	return best
}

// isBodySize reports whether l is set in the body's type size.
func (d *doc) isBodySize(l *line) bool {
	return math.Abs(l.size-d.bodySize) <= sizeTol*d.bodySize
}

// inferBlocks finds the text block of odd and even pages: the right edge
// is the value most body lines of four words or more end at (within
// ±0.3pt), the left edge the value most of those lines start at. A parity
// with fewer than three such lines borrows the other's block. Blocks the
// caller gave win.
func (d *doc) inferBlocks(opt Options) [2]Block {
	var out [2]Block
	var ok [2]bool
	for parity := range 2 {
		var rights []float64
		for _, p := range d.pages {
			if (p.n+1)%2 != parity {
				continue
			}
			for _, l := range p.lines {
				if len(l.words) >= 4 && d.isBodySize(l) {
					rights = append(rights, l.x1)
				}
			}
		}
		right, n := densest(rights, alignTol)
		if n < 3 {
			continue
		}
		var lefts []float64
		for _, p := range d.pages {
			if (p.n+1)%2 != parity {
				continue
			}
			for _, l := range p.lines {
				if len(l.words) >= 4 && d.isBodySize(l) && math.Abs(l.x1-right) <= alignTol {
					lefts = append(lefts, l.x0)
				}
			}
		}
		left, _ := densest(lefts, alignTol)
		out[parity], ok[parity] = Block{left, right}, true
	}
	switch {
	case ok[0] && !ok[1]:
		out[1] = out[0]
	case ok[1] && !ok[0]:
		out[0] = out[1]
	}
	if opt.Block != (Block{}) {
		out[0], out[1] = opt.Block, opt.Block
	}
	if opt.EvenBlock != (Block{}) {
		out[1] = opt.EvenBlock
	}
	return out
}

// blockOf is the text block of page p.
func (d *doc) blockOf(p *page) Block { return d.block[(p.n+1)%2] }

// measure is the width of page p's text block.
func (d *doc) measure(p *page) float64 { b := d.blockOf(p); return b.Right - b.Left }

// hang is how far word w of line l may pass the right edge as hanging
// punctuation: hangEm when it ends in a stop, comma, hyphen, dash, quote
// or bracket, else 0.
func (d *doc) hang(l *line, w word) float64 {
	r, _ := utf8.DecodeLastRuneInString(w.text)
	if strings.ContainsRune(".,;:!?-‐–—’”'\")…", r) {
		return hangEm * emPerHeight * l.size
	}
	return 0
}

// atEdge reports whether line l reaches the right edge of its text block:
// within ±0.5pt, or a little further when it ends in hanging punctuation.
func (d *doc) atEdge(l *line) bool {
	right := d.blockOf(l.page).Right
	last := l.words[len(l.words)-1]
	return l.x1 >= right-edgeTol && l.x1 <= right+edgeTol+d.hang(l, last)
}

// inferVertical is the vertical extent of body text: from the highest top
// to the lowest bottom of body-size lines of four words or more that reach
// the edge and share their block with other lines (justified lines of a
// paragraph: a running head may be flush right, but it is a block of its
// own). Lines wholly outside it are running heads, folios and, in engines
// that set them there, footnotes.
func (d *doc) inferVertical() (top, bot float64) {
	top, bot = math.Inf(1), math.Inf(-1)
	for _, p := range d.pages {
		for _, l := range p.lines {
			if len(l.words) >= 4 && !(l.first && l.last) && d.isBodySize(l) && d.atEdge(l) {
				top, bot = min(top, l.y0), max(bot, l.y1)
			}
		}
	}
	if math.IsInf(top, 1) {
		return 0, math.Inf(1)
	}
	return top, bot
}

// classify sorts page p's lines into classes and marks the page skipped
// when it looks like a table of contents: it has no justified line of six
// words or more, and three or more entries make up at least 30% of its
// lines. An entry is a line that isTOCEntry, or a lone page number flush
// with the right edge (engines that set the number apart from its title,
// which poppler then reads as a line of its own).
func (d *doc) classify(p *page) {
	entries, lines, prose := 0, 0, false
	for _, l := range p.lines {
		l.class = d.classOf(l)
		if l.class == classMargin {
			continue
		}
		lines++
		if l.class == classTOC || (len(l.words) == 1 && isPageNumber(l.words[0].text) && d.atEdge(l)) {
			entries++
		}
		if l.class == classBody && len(l.words) >= 6 && d.atEdge(l) {
			prose = true
		}
	}
	if !prose && entries >= 3 && 10*entries >= 3*lines {
		d.skip[p.n] = true
	}
}

// classOf applies the exclusion heuristics in turn:
//   - margin: the line lies wholly above or below the body's vertical
//     extent (running heads, folios, footnotes set below the text);
//   - size: its median word height differs from the body's by more than
//     6% (headings, captions, notes, tables and code set smaller or larger);
//   - TOC: it ends in a page number after a wide gap or leader dots;
//   - short: three words or fewer (folios, labels, last lines of a word
//     or two, whose gaps say little);
//   - narrow: it reaches the right edge but spans less than 70% of the
//     measure: right-aligned text (a table's last column, an attribution),
//     not a justified line. Ragged lines are not excluded for being short:
//     a paragraph's last line is short, and its gaps are natural ones;
//   - mono: every word of two letters or more has the same width per
//     letter within 2% (code in a monospaced face, at any size);
//   - tabular: its widest gap exceeds three times its median gap and the
//     median by more than an em (table rows; justified text stretches every
//     gap of a line alike, sentence spaces a little more).
func (d *doc) classOf(l *line) lineClass {
	switch {
	case l.y1 < d.top-1 || l.y0 > d.bot+1:
		return classMargin
	case !d.isBodySize(l):
		return classSize
	case isTOCEntry(l):
		return classTOC
	case len(l.words) <= 3:
		return classShort
	case isMono(l):
		return classMono
	case isTabular(l):
		return classTabular
	case d.atEdge(l) && l.x1-l.x0 < 0.7*d.measure(l.page):
		return classNarrow
	}
	return classBody
}

// isTOCEntry: the line holds a run of leader dots (three words or more
// made only of dots: poppler may put the page number in a column of its
// own), or it ends in a page number (arabic or lower-case roman) after a
// gap more than three times the line's median gap (or 20pt).
func isTOCEntry(l *line) bool {
	dots := 0
	for _, w := range l.words {
		if strings.Trim(w.text, ".·…") == "" {
			dots++
		}
	}
	if dots >= 3 {
		return true
	}
	n := len(l.words)
	if n < 2 || !isPageNumber(l.words[n-1].text) {
		return false
	}
	gaps := l.gaps()
	before := gaps[len(gaps)-1]
	if len(gaps) == 1 {
		return before > 20
	}
	return before > 3*median(gaps[:len(gaps)-1]) && before > 8
}

func isPageNumber(s string) bool {
	if s == "" {
		return false
	}
	digits, roman := true, true
	for _, r := range s {
		digits = digits && unicode.IsDigit(r)
		roman = roman && strings.ContainsRune("ivxlc", r)
	}
	return digits || roman
}

func isMono(l *line) bool {
	var per []float64
	for _, w := range l.words {
		if n := utf8.RuneCountInString(w.text); n >= 2 {
			per = append(per, w.width()/float64(n))
		}
	}
	if len(per) < 4 {
		return false
	}
	lo, hi := per[0], per[0]
	for _, x := range per {
		lo, hi = min(lo, x), max(hi, x)
	}
	return (hi-lo)/mean(per) < 0.02
}

func isTabular(l *line) bool {
	gaps := l.gaps()
	if len(gaps) < 2 {
		return false
	}
	m := median(gaps)
	widest := 0.0
	for _, g := range gaps {
		widest = max(widest, g)
	}
	return widest > 3*m && widest-m > emPerHeight*l.size
}
