package scripts

import (
	"strings"
	"unicode"
)

// IsCJK says whether r is a CJK ideograph, kana, or the kana prolonged
// sound mark and iteration marks.
func IsCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		r == 'ー' || r == 'ｰ' || r == '々' || r == '〻'
}

// notLineStart is the set of characters that must not start a line in
// Japanese and Chinese text: the line-start prohibition rule of JIS X
// 4051:2004 §6.1.1 (classes cl-02 closing brackets, cl-03 hyphens, cl-04
// dividing punctuation, cl-05 middle dots, cl-06 full stops, cl-07 commas,
// cl-09 iteration marks, cl-10 prolonged sound mark and cl-11 small kana),
// as listed in W3C's "Requirements for Japanese Text Layout" (JLREQ, §3.1.7
// and Appendix A), plus the full-width and Chinese forms of the same marks
// that CLREQ (W3C "Requirements for Chinese Text Layout", §3.1.7) forbids at
// a line start.
var notLineStart = func() map[rune]bool {
	const set = "" +
		// cl-02 closing brackets
		"’”）〕］｝〉》」』】〙〗〟｠»)]}" +
		// cl-03 hyphens
		"‐〜゠–～" +
		// cl-04 dividing punctuation
		"！？‼⁇⁈⁉" +
		// cl-05 middle dots
		"・：；" +
		// cl-06 full stops
		"。．" +
		// cl-07 commas
		"、，" +
		// cl-09 iteration marks
		"ヽヾゝゞ々〻" +
		// cl-10 prolonged sound mark
		"ー" +
		// cl-11 small kana
		"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" +
		// half-width forms of the above
		"｡､｣･ｰｧｨｩｪｫｯｬｭｮ"
	m := map[rune]bool{}
	for _, r := range set {
		m[r] = true
	}
	return m
}()

// NotLineStart says whether r must not start a line of CJK text.
func NotLineStart(r rune) bool { return notLineStart[r] }

func hasCJK(s string) bool {
	for _, r := range s {
		if IsCJK(r) {
			return true
		}
	}
	return false
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

func lastRune(s string) (rune, bool) {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0, false
	}
	return rs[len(rs)-1], true
}

// textLines splits pdftotext output into lines, white space trimmed (form
// feeds, which end pages, too).
func textLines(text string) []string {
	text = strings.ReplaceAll(text, "\f", "\n")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) })
	}
	return lines
}

// KinsokuViolations returns the lines of CJK text (lines with a CJK
// character, or right after a line that ends with one) that start with a
// character that must not start a line (NotLineStart).
func KinsokuViolations(text string) []string {
	var out []string
	prev := ""
	for _, l := range textLines(text) {
		if l == "" {
			continue
		}
		r, _ := firstRune(l)
		if NotLineStart(r) {
			p, ok := lastRune(prev)
			if hasCJK(l) || (ok && IsCJK(p)) {
				out = append(out, l)
			}
		}
		prev = l
	}
	return out
}

// CJKHyphens returns the lines that end with a hyphen ('-' or U+2010 ‐)
// between two CJK characters: the one before it and the first of the next
// line. CJK text is broken between characters, never hyphenated.
func CJKHyphens(text string) []string {
	var out []string
	lines := textLines(text)
	for i, l := range lines {
		rs := []rune(l)
		n := len(rs)
		if n < 2 || (rs[n-1] != '-' && rs[n-1] != '\u2010') || !IsCJK(rs[n-2]) {
			continue
		}
		for _, next := range lines[i+1:] {
			if next == "" {
				continue
			}
			if r, _ := firstRune(next); IsCJK(r) {
				out = append(out, l)
			}
			break
		}
	}
	return out
}
