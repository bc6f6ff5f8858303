package pdf

import (
	"golang.org/x/text/unicode/bidi"
)

// In a book written right to left, the text block is turned over (see
// geometry.mirrorX): a line's words are set from the right, its indent,
// list mark and quote rule are on the right; and each stretch of
// left-to-right words in a line (numbers, Latin names, code) is mirrored
// back, so that it reads left to right in its place (Unicode's rule L2 at
// the level of words; inside a word, shape orders its runs). The line
// breaker works in logical order and never knows.

// linePositions returns the x of each of l's fragments, set with its left
// edge at x0, in visual order; nil when that is the order they were set
// in (a left-to-right line with no right-to-left words). In a book written
// right to left the line is mirrored and its left-to-right stretches
// mirrored back; in one written left to right, its right-to-left stretches
// (an Arabic sentence in an English paragraph) are mirrored.
func (r *renderer) linePositions(l line, x0 float64) []float64 {
	if !r.geo.rtl {
		has := false
		for _, f := range l.frags {
			has = has || mayBeRTL(f.text) && r.rtlFrag(f.frag)
		}
		if !has {
			return nil
		}
	}
	xs := make([]float64, len(l.frags))
	for i, f := range l.frags {
		xs[i] = r.geo.mirrorX(1, x0+f.x, f.width)
	}
	inner := r.ltrFrag
	if !r.geo.rtl {
		inner = r.rtlFrag
	}
	// Mirror every stretch of fragments of the other direction in place.
	for i := 0; i < len(l.frags); {
		if !inner(l.frags[i].frag) {
			i++
			continue
		}
		j := i
		for j < len(l.frags) && (inner(l.frags[j].frag) || l.frags[j].text == "") {
			j++
		}
		for j > i+1 && l.frags[j-1].text == "" {
			j--
		}
		lo, hi := min(xs[i], xs[j-1]), max(xs[i]+l.frags[i].width, xs[j-1]+l.frags[j-1].width)
		for k := i; k < j; k++ {
			xs[k] = lo + hi - xs[k] - l.frags[k].width
		}
		i = j
	}
	return xs
}

// ltrFrag reports whether a fragment reads left to right inside a
// right-to-left paragraph: it has a left-to-right letter or a number, and
// no right-to-left letter.
func (r *renderer) ltrFrag(f frag) bool {
	l, rtl := strongDirections(f.text)
	return l && !rtl
}

// rtlFrag reports whether a fragment reads right to left inside a
// left-to-right paragraph: it has a right-to-left letter and no
// left-to-right one (its punctuation goes with it).
func (r *renderer) rtlFrag(f frag) bool {
	l, rtl := strongDirections(f.text)
	return rtl && !l
}

// mayBeRTL reports whether s may hold a right-to-left letter: a byte that
// starts the UTF-8 of U+0590–U+07FF (Hebrew, Arabic, Syriac, Thaana, N'Ko)
// or of U+F000 and beyond (presentation forms, other scripts). Most text
// has none, and is passed over without decoding.
func mayBeRTL(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xD6 && c <= 0xDF || c >= 0xEF {
			return true
		}
	}
	return false
}

// strongDirections reports whether s has characters that go left to
// right (letters, and numbers, which read so in any paragraph) and ones
// that go right to left.
func strongDirections(s string) (ltr, rtl bool) {
	for _, c := range s {
		if c < 0x80 {
			ltr = ltr || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
			continue
		}
		p, _ := bidi.LookupRune(c)
		switch p.Class() {
		case bidi.L, bidi.EN, bidi.AN:
			ltr = true
		case bidi.R, bidi.AL:
			rtl = true
		}
	}
	return ltr, rtl
}
