package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quire-books/quire/shape"
)

// Chinese and Japanese are written without spaces: a line may end between
// any two characters, with no hyphen, except where the kinsoku rules
// (JIS X 4051, and the Chinese practice that follows them) forbid it. A
// justified line of such text is filled by spacing its characters apart
// a little (see cjkStretch), not by breaking a word.

// cjkStretch is how much a gap between two CJK characters may stretch, in
// ems: a line of forty characters may take four more.
const cjkStretch = 0.1

// cjkCuts returns the places in text where a line may break between two
// characters because one of them is CJK, by the kinsoku rules: never
// before a character that may not start a line, never after one that may
// not end it, never inside a run of digits or Latin letters.
func cjkCuts(text string) []cut {
	var out []cut
	prev := rune(-1)
	for i, r := range text {
		if prev >= 0 && (shape.IsCJK(prev) || shape.IsCJK(r)) &&
			!shape.NoLineStart(r) && !shape.NoLineEnd(prev) &&
			!unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Me, r) && !isVariationSelector(r) &&
			!(r == '—' && prev == '—') && !(r == '…' && prev == '…') {
			out = append(out, cut{at: i, glue: true})
		}
		prev = r
	}
	return out
}

// isVariationSelector reports whether r selects a variant of the
// character before it.
func isVariationSelector(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF
}

// hasCJK reports whether s holds a CJK character.
func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 && shape.IsCJK(r) {
			return true
		}
	}
	return false
}

// cjkJoin reports whether the text before a line break of the source,
// ending with before, and the text after it, starting with after or else
// in the runs that follow, meet at two CJK characters (join), and whether
// a line may break there by the kinsoku rules.
func cjkJoin(before, after string, next []run) (join, breakable bool) {
	last, _ := utf8.DecodeLastRuneInString(before)
	if !shape.IsCJK(last) {
		return false, false
	}
	for _, s := range append([]string{after}, runTexts(next)...) {
		s = strings.TrimLeftFunc(s, isSpace)
		if s != "" {
			first, _ := utf8.DecodeRuneInString(s)
			if !shape.IsCJK(first) {
				return false, false
			}
			return true, !shape.NoLineStart(first) && !shape.NoLineEnd(last)
		}
	}
	return false, false
}

// runTexts lists the texts of runs up to the first image or hard break.
func runTexts(runs []run) []string {
	var out []string
	for _, r := range runs {
		if r.image != nil {
			break
		}
		out = append(out, r.text)
		if r.brk {
			break
		}
	}
	return out
}
