package scripts

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Recall is how much of the source came back from the PDF, in order.
type Recall struct {
	Found, Total int
	// Unit is "words", or "clauses" for Chinese and Japanese.
	Unit string
}

// Value is Found/Total (1 for an empty source).
func (r Recall) Value() float64 {
	if r.Total == 0 {
		return 1
	}
	return float64(r.Found) / float64(r.Total)
}

// IsCJKLanguage says whether text in the BCP 47 language tag is written
// without spaces between words, so that recall is measured on clauses.
func IsCJKLanguage(tag string) bool {
	p := strings.ToLower(tag)
	if i := strings.IndexAny(p, "-_"); i >= 0 {
		p = p[:i]
	}
	return p == "zh" || p == "ja" || p == "cmn" || p == "yue"
}

// clean normalises text for comparison: NFKC (which also maps Arabic
// presentation forms and ligature characters such as U+FB01 ﬁ, which some
// PDFs give back, to the letters they stand for), without format characters
// (bidi controls and marks, ZWJ, ZWNJ, soft hyphens, BOM) or variation
// selectors.
func clean(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) || isVariationSelector(r) {
			return -1
		}
		return r
	}, s)
}

func isVariationSelector(r rune) bool {
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF)
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u00AD' }

// joinHyphenated undoes line-break hyphenation in extracted text: a hyphen
// that ends a line right after a letter is removed with the line break when
// the next line starts with a letter. (Real hyphens are lost with it, which
// does not matter: Words removes punctuation from words anyway.)
func joinHyphenated(text string) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t\r")
		rs := []rune(l)
		if n := len(rs); n >= 2 && isHyphen(rs[n-1]) && unicode.IsLetter(rs[n-2]) && i+1 < len(lines) {
			next := []rune(strings.TrimLeft(lines[i+1], " \t"))
			if len(next) > 0 && unicode.IsLetter(next[0]) {
				b.WriteString(string(rs[:n-1]))
				continue // no line break: the next line goes on this word
			}
		}
		b.WriteString(lines[i])
		b.WriteByte('\n')
	}
	return b.String()
}

// Words splits text into comparable words: cleaned (see clean), lower-cased,
// split at white space, with the punctuation inside each word removed (so
// "co‐operation," and "cooperation" are the same word); empty words are
// dropped. Symbols such as emoji are kept.
func Words(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(clean(text), unicode.IsSpace) {
		w := strings.Map(func(r rune) rune {
			if unicode.IsPunct(r) {
				return -1
			}
			return unicode.ToLower(r)
		}, f)
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// LCS is the length of the longest common subsequence of a and b.
func LCS(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int32, len(b)+1)
	cur := make([]int32, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return int(prev[len(b)])
}

// WordRecall is the in-order recall of the source's words in the
// extracted text: LCS(source words, extracted words) / source words.
func WordRecall(source, extracted string) Recall {
	src := Words(source)
	got := Words(joinHyphenated(extracted))
	return Recall{Found: LCS(src, got), Total: len(src), Unit: "words"}
}

// cjkClauseBreaks are the ideographic punctuation marks that end a clause.
const cjkClauseBreaks = "。，、；：！？"

// Clauses splits CJK text into clauses at the ideographic punctuation
// 。，、；：！？ and at line ends; the clauses are cleaned, their white space
// removed, and empty ones dropped. The breaking marks are not kept.
func Clauses(text string) []string {
	var out []string
	for _, c := range strings.FieldsFunc(clean(text), func(r rune) bool {
		return r == '\n' || strings.ContainsRune(cjkClauseBreaks, r)
	}) {
		c = strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, c)
		// NFKC turns the full-width breaks into ASCII ones: split there too.
		for _, d := range strings.FieldsFunc(c, func(r rune) bool { return strings.ContainsRune(",:;!?", r) }) {
			if d != "" {
				out = append(out, d)
			}
		}
	}
	return out
}

// squeezeCJK prepares extracted text for clause search: cleaned, line-break
// hyphens removed, and all white space removed.
func squeezeCJK(text string) string {
	text = clean(text)
	var b strings.Builder
	rs := []rune(text)
	for i, r := range rs {
		if isHyphen(r) && i+1 < len(rs) && (rs[i+1] == '\n' || rs[i+1] == '\r') {
			continue
		}
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// maxOccurrences bounds how many places of one clause are considered.
const maxOccurrences = 64

// ClauseRecall is the in-order recall of the source's clauses in the
// extracted text: a clause is found where its characters appear
// contiguously in the extracted text (white space and line-break hyphens
// removed), and Found is the largest number of clauses found at increasing
// places, in source order (a longest increasing subsequence over the places
// of each clause, so a table of contents or running head cannot reorder it).
func ClauseRecall(source, extracted string) Recall {
	clauses := Clauses(source)
	hay := squeezeCJK(extracted)
	// tails[k] is the smallest end place of an increasing chain of k+1 clauses.
	var tails []int
	for _, c := range clauses {
		var places []int
		for off := 0; len(places) < maxOccurrences; {
			i := strings.Index(hay[off:], c)
			if i < 0 {
				break
			}
			places = append(places, off+i)
			off += i + 1
		}
		// Largest place first, so that one clause cannot extend its own chain.
		for k := len(places) - 1; k >= 0; k-- {
			p := places[k]
			j := sort.SearchInts(tails, p)
			if j == len(tails) {
				tails = append(tails, p)
			} else {
				tails[j] = p
			}
		}
	}
	return Recall{Found: len(tails), Total: len(clauses), Unit: "clauses"}
}

// TextRecall measures recall by words or, for CJK languages, by clauses.
func TextRecall(lang, source, extracted string) Recall {
	if IsCJKLanguage(lang) {
		return ClauseRecall(source, extracted)
	}
	return WordRecall(source, extracted)
}
