package hyphen

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Points returns the byte offsets inside word where a hyphen may be inserted,
// in increasing order, honouring the pattern set's left and right minimums and
// its exceptions. word is what the line breaker sees: leading and trailing
// punctuation are skipped and case is ignored; words with digits, pieces all in
// capitals (acronyms) and pieces shorter than the two minimums get no points.
// Explicit hyphens and dashes inside the word are not reported. See the
// package documentation for the details. The result is nil when there is no
// point (and for a nil Hyphenator); otherwise it is, for any word of up to 64
// points, the only allocation.
func (h *Hyphenator) Points(word string) []int {
	if h == nil {
		return nil
	}
	// The letter core: from the first letter to the last letter (or the
	// combining marks after it). Any digit disqualifies the whole word.
	start, end := -1, -1
	for i := 0; i < len(word); {
		_, size, class := classify(word, i)
		switch class {
		case classLetter:
			if start < 0 {
				start = i
			}
			end = i + size
		case classMark:
			if start >= 0 {
				end = i + size
			}
		case classNumber:
			return nil
		}
		i += size
	}
	if start < 0 {
		return nil
	}

	var buf [maxLetters + 1]int
	pts := buf[:0]
	piece := start
	for i := start; i < end; {
		r, size, class := classify(word, i)
		switch {
		case class == classLetter || class == classMark:
		case isApostrophe(r) && h.hasApost:
		case isDash(r) || isApostrophe(r):
			pts = h.piece(word, piece, i, pts)
			piece = i + size
		default:
			return nil // "e.g.", "and/or", a URL, a soft hyphen: leave it alone
		}
		i += size
	}
	pts = h.piece(word, piece, end, pts)
	if len(pts) == 0 {
		return nil
	}
	return append([]int(nil), pts...)
}

// Character classes, as far as Points cares.
const (
	classOther = iota
	classLetter
	classMark
	classNumber
)

// classify decodes the rune at word[i:] and tells its class, with a fast path
// for ASCII.
func classify(word string, i int) (r rune, size int, class int) {
	if c := word[i]; c < utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			return rune(c), 1, classLetter
		case '0' <= c && c <= '9':
			return rune(c), 1, classNumber
		}
		return rune(c), 1, classOther
	}
	r, size = utf8.DecodeRuneInString(word[i:])
	switch {
	case unicode.IsLetter(r):
		return r, size, classLetter
	case unicode.IsMark(r):
		return r, size, classMark
	case unicode.IsNumber(r):
		return r, size, classNumber
	}
	return r, size, classOther
}

// isDash reports the hyphens and dashes that split a word into pieces that are
// hyphenated on their own.
func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// piece appends to pts the hyphenation points of word[s:e], a run of letters
// (with their combining marks, and apostrophes where the patterns know them).
func (h *Hyphenator) piece(word string, s, e int, pts []int) []int {
	var (
		syms  [maxLetters + 2]uint8 // boundary, letters, boundary
		offs  [maxLetters + 1]int32 // byte offset in word of each letter, then e
		key   [4 * maxLetters]byte  // the lower-case letters, for the exceptions
		nkey  int
		hash  uint32 = 2166136261 // FNV-1a of the lower-case letters
		n     int
		upper bool
		lower bool
	)
	for i := s; i < e; {
		if n == maxLetters {
			return pts // longer than TeX would hyphenate
		}
		var r rune
		next := i + 1
		if c := word[i]; c < utf8.RuneSelf && (next == e || word[next] < utf8.RuneSelf) {
			// ASCII letter (or apostrophe) not followed by a combining mark.
			if 'A' <= c && c <= 'Z' {
				upper = true
				c += 'a' - 'A'
			} else if 'a' <= c && c <= 'z' {
				lower = true
			}
			r = rune(c)
			syms[n+1] = h.ascii[c]
			key[nkey] = c
			nkey++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(word[i:])
			next = i + size
			if next < e {
				if m, _ := utf8.DecodeRuneInString(word[next:]); unicode.IsMark(m) {
					r, next = composeCluster(word, i, e)
				}
			}
			if unicode.IsUpper(r) {
				upper = true
			} else if unicode.IsLower(r) {
				lower = true
			}
			r = unicode.ToLower(r)
			syms[n+1] = h.symbol(r)
			nkey += utf8.EncodeRune(key[nkey:], r)
		}
		hash = (hash ^ uint32(r)) * 16777619
		offs[n] = int32(i)
		n++
		i = next
	}
	offs[n] = int32(e)
	if n < h.left+h.right || (upper && !lower) {
		return pts
	}

	if h.excBloom[hash>>26]&(1<<(hash&63)) != 0 {
		if mask, ok := h.exceptions[string(key[:nkey])]; ok {
			for m := h.left; m <= n-h.right; m++ {
				if mask&(1<<m) != 0 {
					pts = append(pts, int(offs[m]))
				}
			}
			return pts
		}
	}

	// Liang: every pattern that matches anywhere in .word. raises the values
	// between its letters; a break may follow letter m when the value in the
	// gap before symbol m+1 ends up odd.
	syms[0], syms[n+1] = symBoundary, symBoundary
	var v [maxLetters + 3]uint8
	slots := h.slots
	for i := 0; i <= n+1; i++ {
		node := int32(0)
		for _, c := range syms[i : n+2] {
			t := slots[node].base + int32(c)
			if slots[t].check != node+1 {
				break
			}
			node = t
			if val := slots[t].val; val != 0 {
				p := h.values[val>>8 : val>>8+val&0xff]
				g := v[i : i+len(p)]
				for k, x := range p {
					if x > g[k] {
						g[k] = x
					}
				}
			}
		}
	}
	for m := h.left; m <= n-h.right; m++ {
		if v[m+1]&1 != 0 {
			pts = append(pts, int(offs[m]))
		}
	}
	return pts
}

// composeCluster composes the letter at word[i:] and the combining marks that
// follow it (up to e) to NFC. It returns the composed rune, or the base letter
// when the cluster has no one-rune composition, and the end of the cluster.
func composeCluster(word string, i, e int) (rune, int) {
	base, size := utf8.DecodeRuneInString(word[i:])
	j := i + size
	for j < e {
		m, msize := utf8.DecodeRuneInString(word[j:])
		if !unicode.IsMark(m) {
			break
		}
		j += msize
	}
	var buf [32]byte
	c := norm.NFC.AppendString(buf[:0], word[i:j])
	if r, rsize := utf8.DecodeRune(c); rsize == len(c) {
		return r, j
	}
	return base, j
}

// Hyphenate returns word with hyphen inserted at every point Points finds,
// e.g. "hy-phen-ation"; for tests and debugging.
func (h *Hyphenator) Hyphenate(word, hyphen string) string {
	pts := h.Points(word)
	if len(pts) == 0 {
		return word
	}
	var sb strings.Builder
	sb.Grow(len(word) + len(pts)*len(hyphen))
	last := 0
	for _, p := range pts {
		sb.WriteString(word[last:p])
		sb.WriteString(hyphen)
		last = p
	}
	sb.WriteString(word[last:])
	return sb.String()
}
