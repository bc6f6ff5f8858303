package pdf

import (
	"strings"

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
	// cjkGap says the word and the next meet at a line break of the source
	// between two CJK characters: no space, but a place to break.
	cjkGap bool
}

// frag is a run of text in one style, within a word.
type frag struct {
	text  string
	st    style
	width float64
	// src is 1 + the byte offset of the text in the chapter's source; 0
	// when unknown.
	src int
	// ref is the fragment's link, anchor and note; nil for none (most
	// fragments: a frag is kept small, there is one per word).
	ref *fragRef
}

// fragRef is what a fragment links to and what lands with it.
type fragRef struct {
	link target
	// anchor, when set, is a book-wide anchor that lands where the fragment
	// is drawn (a footnote reference).
	anchor string
	// note is the anchor of the footnote this fragment refers to first
	// (its mark): the note goes at the foot of the fragment's page.
	note string
}

// newRef returns the fragRef of link, anchor and note, nil when all are
// empty.
func newRef(link target, anchor, note string) *fragRef {
	if link == (target{}) && anchor == "" && note == "" {
		return nil
	}
	return &fragRef{link, anchor, note}
}

func (f *frag) link() target {
	if f.ref == nil {
		return target{}
	}
	return f.ref.link
}

func (f *frag) anchor() string {
	if f.ref == nil {
		return ""
	}
	return f.ref.anchor
}

func (f *frag) note() string {
	if f.ref == nil {
		return ""
	}
	return f.ref.note
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
	// hyphenated is set when the line ends inside a word, at a hyphen.
	hyphenated bool
	// measure is the width the line was set in.
	measure float64
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
// fragment, without hyphenation (see composer): justified lines, except
// the last line and lines ended by a hard break, fill the measure; a word
// wider than the measure is broken, so no line is ever overfull.
func setLines(words []word, measure float64, al align, m measurer) []line {
	return composer{m: m, ragged: al != alignJustify}.compose(words, measure, al)
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
	// note is the anchor of the footnote the run is the first mark of.
	note string
	// src is 1 + the source offset of text (0: unknown). With srcNear the
	// text is not in the source as such (smart punctuation): every word of
	// the run takes src as it is.
	src     int
	srcNear bool
}

// isSpace reports whether r separates words. No-break spaces do not.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

// toWords cuts runs into measured words. Whitespace separates words; runs
// that meet without whitespace join into one word.
//
// The fragments of all the words are allocated together: each word's are
// a slice of one array (of the array it had when the word ended, should
// the array grow), which saves an allocation per word.
func toWords(runs []run, m measurer) []word {
	return toWordsInto(runs, m, nil)
}

// toWordsInto is toWords with the words and fragments in buf's scratch
// space (when buf is not nil): they then last until the next call with
// buf, which is enough for a paragraph that is composed at once (lines
// copy their fragments).
func toWordsInto(runs []run, m measurer, buf *composeBuf) []word {
	size := 0
	for _, r := range runs {
		size += len(r.text)
	}
	var words []word
	var frags []frag
	if buf != nil {
		words, frags = buf.words[:0], buf.frags[:0]
		defer func() { buf.words, buf.frags = words, frags }()
	} else {
		words = make([]word, 0, size/6+1) // about one word in six bytes
		frags = make([]frag, 0, size/6+1)
	}
	var cur word
	start := 0    // cur's first fragment in frags
	open := false // cur has content or a pending anchor
	endWord := func(space float64) {
		if open {
			cur.space = space
			cur.frags = frags[start:len(frags):len(frags)]
			words = append(words, cur)
		} else if len(words) > 0 && space > 0 && words[len(words)-1].space == 0 && !words[len(words)-1].brk {
			words[len(words)-1].space = space
		}
		cur, open, start = word{}, false, len(frags)
	}
	for ri, r := range runs {
		anchor := r.anchor
		// The first fragment of the run takes its anchor, the others not.
		rest := newRef(r.link, "", r.note)
		first := rest
		if anchor != "" {
			first = newRef(r.link, anchor, r.note)
		}
		text := r.text
		for text != "" {
			i := strings.IndexFunc(text, isSpace)
			if i != 0 {
				part := text
				if i > 0 {
					part = text[:i]
				}
				f := frag{text: part, st: r.st, ref: rest}
				if anchor != "" {
					f.ref = first
				}
				f.width = m.width(part, r.st)
				if r.src > 0 {
					f.src = r.src
					if !r.srcNear {
						f.src += len(r.text) - len(text)
					}
				}
				anchor = ""
				frags = append(frags, f)
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
			gap := text[:j]
			text = text[j:]
			if open && strings.IndexByte(gap, '\n') >= 0 {
				// A source line break between CJK characters is no space
				// (as CSS and Pandoc's east_asian_line_breaks have it).
				if join, brk := cjkJoin(frags[len(frags)-1].text, text, runs[ri+1:]); join {
					if brk {
						cur.cjkGap = true
						endWord(0)
					}
					continue
				}
			}
			endWord(m.width(" ", r.st))
		}
		if anchor != "" {
			// An anchor on empty text lands with the next fragment.
			frags = append(frags, frag{st: r.st, ref: newRef(target{}, anchor, r.note)})
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
