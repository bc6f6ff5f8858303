package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// A word is an unbreakable unit of text: one or more fragments set with no
// space between them ("**bold**text" is one word of two fragments).
type word struct {
	frags []frag
	width float64
	// space is the natural width of the space after the word; 0 when the
	// next word follows it with no space.
	space float64
	// brk forces a line break after the word (a hard line break).
	brk bool
}

// frag is a run of text in one style, within a word.
type frag struct {
	text  string
	st    style
	width float64
	link  target
	// anchor, when set, is a book-wide anchor that lands where the fragment
	// is drawn (a footnote reference).
	anchor string
}

// target is where a fragment links to: an anchor of the book or a URL.
// The zero target is no link.
type target struct {
	anchor string
	url    string
}

// align is how a line sits in its measure.
type align int

const (
	alignJustify align = iota
	alignLeft
	alignCenter
	alignRight
)

// placed is a fragment with its offset from the start of the line.
type placed struct {
	frag
	x float64
}

// line is one set line: its fragments, placed, and its natural width.
type line struct {
	frags []placed
	width float64
}

// maxSize returns the largest font size on the line (0 when it is empty).
func (l line) maxSize() float64 {
	m := 0.0
	for _, f := range l.frags {
		m = max(m, f.st.size)
	}
	return m
}

// eps absorbs rounding when comparing widths.
const eps = 1e-6

// setLines breaks words into lines no wider than measure and places every
// fragment. Lines are filled greedily; a word wider than the measure is
// broken across lines, so no line is ever overfull. Justified lines, except
// the last line and lines ended by a hard break, fill the measure exactly
// by widening the spaces between words.
func setLines(words []word, measure float64, al align, m measurer) []line {
	var lines []line
	var cur []word
	natural := 0.0
	flush := func(last bool) {
		if len(cur) == 0 {
			return
		}
		lines = append(lines, placeLine(cur, natural, measure, al, last))
		cur, natural = nil, 0
	}
	for _, w := range words {
		pieces := []word{w}
		if w.width > measure+eps {
			// Break the word, filling the rest of the line first unless
			// little is left of it.
			first := measure
			if len(cur) > 0 {
				room := measure - natural - cur[len(cur)-1].space
				if room >= measure/4 {
					first = room
				} else {
					flush(false)
				}
			}
			pieces = splitWord(w, first, measure, m)
		}
		for _, p := range pieces {
			if len(cur) > 0 && natural+cur[len(cur)-1].space+p.width > measure+eps {
				flush(false)
			}
			if len(cur) > 0 {
				natural += cur[len(cur)-1].space
			}
			cur = append(cur, p)
			natural += p.width
			if p.brk {
				flush(true)
			}
		}
	}
	flush(true)
	return lines
}

// placeLine places the words of one line.
func placeLine(ws []word, natural, measure float64, al align, last bool) line {
	gaps := 0
	for _, w := range ws[:len(ws)-1] {
		if w.space > 0 {
			gaps++
		}
	}
	extra, x := 0.0, 0.0
	slack := max(measure-natural, 0)
	switch {
	case al == alignJustify && !last && gaps > 0:
		extra = slack / float64(gaps)
	case al == alignCenter:
		x = slack / 2
	case al == alignRight:
		x = slack
	}
	var l line
	for i, w := range ws {
		for _, f := range w.frags {
			l.frags = append(l.frags, placed{f, x})
			x += f.width
		}
		if i < len(ws)-1 && w.space > 0 {
			x += w.space + extra
		}
	}
	l.width = natural
	return l
}

// splitWord breaks a word wider than measure into pieces that fit, rune by
// rune: the first piece in first, the others in measure. Every piece holds
// at least one rune. Only the last piece keeps the word's trailing space
// and break.
func splitWord(w word, first, measure float64, m measurer) []word {
	var out []word
	var cur word
	capacity := first
	for _, f := range w.frags {
		rest := f.text
		for rest != "" {
			// Take as many runes of rest as fit on the current piece; a
			// piece always takes at least one rune.
			n, fw := 0, 0.0
			for i := range rest {
				_, size := utf8.DecodeRuneInString(rest[i:])
				wd := m.width(rest[:i+size], f.st)
				if cur.width+wd > capacity+eps && (n > 0 || len(cur.frags) > 0) {
					break
				}
				n, fw = i+size, wd
			}
			if n > 0 {
				g := f
				g.text, g.width = rest[:n], fw
				cur.frags = append(cur.frags, g)
				cur.width += fw
				rest = rest[n:]
				f.anchor = "" // an anchor lands with the first piece only
			}
			if rest != "" {
				out = append(out, cur)
				cur, capacity = word{}, measure
			}
		}
	}
	cur.space, cur.brk = w.space, w.brk
	return append(out, cur)
}

// run is a stretch of inline content in one style, before it is cut into
// words.
type run struct {
	text   string
	st     style
	link   target
	anchor string
	brk    bool // a hard line break after the text
	// image, when set, is an image that interrupts the text: the runs
	// before and after it are set as separate blocks.
	image *ast.Image
}

// isSpace reports whether r separates words. No-break spaces do not.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

// toWords cuts runs into measured words. Whitespace separates words; runs
// that meet without whitespace join into one word.
func toWords(runs []run, m measurer) []word {
	var words []word
	var cur word
	open := false // cur has content or a pending anchor
	endWord := func(space float64) {
		if open {
			cur.space = space
			words = append(words, cur)
		} else if len(words) > 0 && space > 0 && words[len(words)-1].space == 0 && !words[len(words)-1].brk {
			words[len(words)-1].space = space
		}
		cur, open = word{}, false
	}
	for _, r := range runs {
		anchor := r.anchor
		text := r.text
		for text != "" {
			i := strings.IndexFunc(text, isSpace)
			if i != 0 {
				part := text
				if i > 0 {
					part = text[:i]
				}
				f := frag{text: part, st: r.st, link: r.link, anchor: anchor}
				f.width = m.width(part, r.st)
				anchor = ""
				cur.frags = append(cur.frags, f)
				cur.width += f.width
				open = true
				if i < 0 {
					break
				}
				text = text[i:]
			}
			// text starts with whitespace: skip it all.
			j := strings.IndexFunc(text, func(r rune) bool { return !isSpace(r) })
			if j < 0 {
				j = len(text)
			}
			text = text[j:]
			endWord(m.width(" ", r.st))
		}
		if anchor != "" {
			// An anchor on empty text lands with the next fragment.
			cur.frags = append(cur.frags, frag{st: r.st, anchor: anchor})
			open = true
		}
		if r.brk {
			if !open && len(words) > 0 {
				words[len(words)-1].brk = true
				words[len(words)-1].space = 0
			} else {
				cur.brk = true
				open = true
				endWord(0)
			}
		}
	}
	endWord(0)
	// Trailing spaces at the end of the content are not gaps.
	if len(words) > 0 {
		words[len(words)-1].space = 0
	}
	return words
}
