package shape

import "strings"

// Chinese and Japanese are written without spaces: a line may end between
// any two characters except where the kinsoku rules (JIS X 4051, and the
// Chinese practice that follows them) forbid it. The PDF's line breaker
// and the cover read these rules from here.

// IsCJK reports whether r is a character of the scripts set without
// spaces between words that break between characters: Han ideographs,
// kana, the ideographic punctuation and symbols, and fullwidth forms.
// (Hangul is not: Korean puts spaces between words and breaks at them.)
func IsCJK(r rune) bool {
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

// NoLineStart reports whether r may not begin a line.
func NoLineStart(r rune) bool { return strings.ContainsRune(noLineStart, r) }

// NoLineEnd reports whether r may not end a line.
func NoLineEnd(r rune) bool { return strings.ContainsRune(noLineEnd, r) }
