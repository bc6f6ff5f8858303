package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chinese and Japanese are written without spaces: a line may end between
// any two characters, with no hyphen, except where the kinsoku rules
// (JIS X 4051, and the Chinese practice that follows them) forbid it. A
// justified line of such text is filled by spacing its characters apart
// a little (see cjkStretch), not by breaking a word.

// cjkStretch is how much a gap between two CJK characters may stretch, in
// ems: a line of forty characters may take four more.
const cjkStretch = 0.1

// isCJK reports whether r is a character of the scripts set without
// spaces between words that break between characters: Han ideographs,
// kana, the ideographic punctuation and symbols, and fullwidth forms.
// (Hangul is not: Korean puts spaces between words and breaks at them.)
func isCJK(r rune) bool {
	switch {
	case r >= 0x2E80 && r <= 0x2FDF, // radicals
		r >= 0x3000 && r <= 0x303F,                               // CJK symbols and punctuation
		r >= 0x3040 && r <= 0x30FF,                               // hiragana, katakana
		r >= 0x31C0 && r <= 0x31FF,                               // strokes, katakana extension
		r >= 0x3400 && r <= 0x4DBF,                               // extension A
		r >= 0x4E00 && r <= 0x9FFF,                               // unified ideographs
		r >= 0xF900 && r <= 0xFAFF,                               // compatibility ideographs
		r >= 0xFE30 && r <= 0xFE4F,                               // compatibility forms
		r >= 0xFF00 && r <= 0xFFEF && r != 0xFF5F && r != 0xFF60, // fullwidth and halfwidth forms
		r >= 0x20000 && r <= 0x3FFFF:                             // extensions B and beyond
		return true
	}
	return false
}

// noLineStart holds the characters that may not begin a line (JIS X 4051
// classes 2, 5, 6, 7 and 9: closing brackets and quotes, hyphens,
// dividing punctuation, middle dots, full stops and commas, iteration
// marks, the prolonged sound mark and the small kana), and their
// fullwidth and Western equivalents as Chinese and Japanese text uses them.
const noLineStart = "）〕］｝〉》」』】〙〗〟’”｠»" +
	"‐゠–〜～" +
	"？！‼⁇⁈⁉" +
	"・：；" +
	"。．、，" +
	"ヽヾゝゞ々〻ー" +
	"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" +
	")]},.:;?!%"

// noLineEnd holds the characters that may not end a line: opening
// brackets and quotes (JIS X 4051 class 1).
const noLineEnd = "（〔［｛〈《「『【〘〖〝‘“｟«([{"

// cjkCuts returns the places in text where a line may break between two
// characters because one of them is CJK, by the kinsoku rules: never
// before a character that may not start a line, never after one that may
// not end it, never inside a run of digits or Latin letters.
func cjkCuts(text string) []cut {
	var out []cut
	prev := rune(-1)
	for i, r := range text {
		if prev >= 0 && (isCJK(prev) || isCJK(r)) &&
			!strings.ContainsRune(noLineStart, r) && !strings.ContainsRune(noLineEnd, prev) &&
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
		if r >= 0x2E80 && isCJK(r) {
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
	if !isCJK(last) {
		return false, false
	}
	for _, s := range append([]string{after}, runTexts(next)...) {
		s = strings.TrimLeftFunc(s, isSpace)
		if s != "" {
			first, _ := utf8.DecodeRuneInString(s)
			if !isCJK(first) {
				return false, false
			}
			return true, !strings.ContainsRune(noLineStart, first) && !strings.ContainsRune(noLineEnd, last)
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
