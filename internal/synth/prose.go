package synth

import (
	"fmt"
	"sort"
	"strings"
)

// token is one word of a sentence with the markup around it: pre and post
// hold opening and closing markup (emphasis, quotes, link brackets), punct
// the punctuation that follows (a comma, the sentence's full stop).
type token struct {
	pre, word, post, punct string
	used                   bool // already inside a span of markup
}

// inline is a piece of inline markup a chapter must contain somewhere: a
// link, a footnote reference, a code span… Chapters queue the ones they owe
// and paragraphs take them in turn.
type inline struct {
	kind   inlineKind
	target string // link destination
	label  string // footnote label
}

type inlineKind int

const (
	inChapterLink inlineKind = iota
	inHeadingLink
	inLocalLink
	inExternalLink
	inPageRef
	inFootnote
	inURL
	inCodeSpan
	inEmphasis
	inStrong
	inStrike
)

// word draws one common word, Zipf-weighted.
func (g *gen) word() string {
	x := g.r.Float64() * g.zipf[len(g.zipf)-1]
	return common[sort.SearchFloat64s(g.zipf, x)]
}

// number draws a number as books print them.
func (g *gen) number() string {
	switch g.r.IntN(6) {
	case 0:
		return fmt.Sprint(1800 + g.r.IntN(226))
	case 1:
		return fmt.Sprintf("%d.%d", g.r.IntN(100), g.r.IntN(10))
	case 2:
		return fmt.Sprintf("%d,%03d", 1+g.r.IntN(99), g.r.IntN(1000))
	case 3:
		return fmt.Sprintf("%d%%", g.r.IntN(101))
	case 4:
		return fmt.Sprintf("%d–%d", 10+g.r.IntN(40), 50+g.r.IntN(50))
	default:
		return fmt.Sprint(2 + g.r.IntN(98))
	}
}

// sentenceTokens draws the words of one sentence.
func (g *gen) sentenceTokens() []token {
	n := int(17 + 7*g.r.NormFloat64())
	n = min(max(n, 5), 42)
	toks := make([]token, 0, n)
	for len(toks) < n {
		var w string
		switch x := g.r.Float64(); {
		case x < 0.05:
			w = g.pick(names)
			if g.chance(0.3) {
				toks = append(toks, token{word: w})
				w = g.pick(names)
			}
		case x < 0.07:
			w = g.number()
		case x < 0.082:
			w = g.pick(long)
		case x < 0.092:
			w = g.pick(contractions)
		default:
			w = g.word()
		}
		toks = append(toks, token{word: w})
	}
	toks[0].word = capitalize(toks[0].word)
	for i := 2; i < len(toks)-2; i++ {
		if g.chance(0.06) {
			toks[i].punct = ","
		}
	}
	switch x := g.r.Float64(); {
	case x < 0.05:
		toks[len(toks)-1].punct = "?"
	case x < 0.07:
		toks[len(toks)-1].punct = "!"
	case x < 0.09:
		toks[len(toks)-1].punct = "..."
	default:
		toks[len(toks)-1].punct = "."
	}
	if n > 12 && g.chance(0.08) {
		// An em dash between clauses ("---" becomes "—").
		toks[n/2].punct = " ---"
	}
	if n > 10 && g.chance(0.06) {
		toks[n/3].punct = ";"
	}
	if g.chance(0.1) {
		g.wrap(toks, 2, 5, `"`, `"`)
	}
	if g.chance(0.04) {
		g.wrap(toks, 2, 4, "(", ")")
	}
	if g.chance(0.04) {
		g.wrap(toks, 1, 3, "*", "*")
	}
	return toks
}

// wrap puts pre and post around a run of lo…hi free tokens that holds no
// punctuation but possibly at its end; it reports whether it found one.
func (g *gen) wrap(toks []token, lo, hi int, pre, post string) bool {
	for try := 0; try < 8; try++ {
		n := lo + g.r.IntN(hi-lo+1)
		if n > len(toks)-1 {
			return false
		}
		start := 1 + g.r.IntN(len(toks)-n)
		ok := true
		for i := start; i < start+n; i++ {
			if toks[i].used || (i < start+n-1 && toks[i].punct != "") || strings.ContainsAny(toks[i].word, "<[`") {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for i := start; i < start+n; i++ {
			toks[i].used = true
		}
		toks[start].pre = pre + toks[start].pre
		toks[start+n-1].post += post
		return true
	}
	return false
}

// apply puts one required inline item into a sentence; it reports false
// when the sentence has no room for it. Footnote references and page
// references never go inside other markup (LaTeX cannot take a long note
// inside \emph, and links do not nest).
func (g *gen) apply(tp *[]token, it inline) bool {
	toks := *tp
	switch it.kind {
	case inChapterLink, inHeadingLink, inLocalLink, inExternalLink:
		return g.wrap(toks, 2, 4, "[", "]("+it.target+")")
	case inURL:
		i := 1 + g.r.IntN(len(toks)-1)
		*tp = append(toks[:i:i], append([]token{{word: "at", used: true}, {word: "<" + g.url() + ">", used: true}}, toks[i:]...)...)
		return true
	case inPageRef:
		last := len(toks) - 1
		ref := token{word: "([see p. {page}](" + it.target + "))", punct: toks[last].punct, used: true}
		toks[last].punct = ""
		*tp = append(toks, ref)
		return true
	case inFootnote:
		for try := 0; try < 8; try++ {
			i := 2 + g.r.IntN(len(toks)-2)
			if !toks[i].used {
				toks[i].used = true
				toks[i].post += "[^" + it.label + "]"
				return true
			}
		}
		return false
	case inCodeSpan:
		i := 1 + g.r.IntN(len(toks)-1)
		if toks[i].used {
			return false
		}
		toks[i].used = true
		toks[i].word = "`" + g.identifier() + "`"
		return true
	case inEmphasis:
		return g.wrap(toks, 1, 3, "*", "*")
	case inStrong:
		return g.wrap(toks, 1, 3, "**", "**")
	case inStrike:
		return g.wrap(toks, 1, 2, "~~", "~~")
	}
	return false
}

// url draws a plausible web address, sometimes a long one.
func (g *gen) url() string {
	host := []string{"example.org", "www.example.com", "archive.example.net", "docs.example.edu"}[g.r.IntN(4)]
	path := g.word() + "/" + g.word()
	if g.chance(0.4) {
		path += "/" + strings.ToLower(g.pick(long)) + "-" + g.number()[:1] + "?section=" + g.word() + "&page=" + fmt.Sprint(g.r.IntN(400))
	}
	return "https://" + host + "/" + path
}

// identifier draws a code identifier for a code span.
func (g *gen) identifier() string {
	a, b := g.word(), capitalize(g.word())
	switch g.r.IntN(5) {
	case 0:
		return a + b + "()"
	case 1:
		return "--" + a + "-" + strings.ToLower(b)
	case 2:
		return a + ".yaml"
	case 3:
		return "go test ./" + a
	default:
		return a + "_" + strings.ToLower(b)
	}
}

func render(toks []token) string {
	var sb strings.Builder
	for i, t := range toks {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.pre + t.word + t.post + t.punct)
	}
	return sb.String()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if r[0] >= 'a' && r[0] <= 'z' {
		r[0] -= 'a' - 'A'
	}
	return string(r)
}

// sentence renders one sentence, placing the inline items it is given
// (those it could not place are returned).
func (g *gen) sentence(items []inline) (string, int, []inline) {
	toks := g.sentenceTokens()
	var left []inline
	for _, it := range items {
		if !g.apply(&toks, it) {
			left = append(left, it)
		}
	}
	return render(toks), len(toks), left
}

// paragraph renders a paragraph of n sentences (1…) and the number of
// words in it; it places the items given, in order.
func (g *gen) paragraph(sentences int, items []inline) (string, int) {
	var parts []string
	words := 0
	for s := 0; s < sentences || len(items) > 0; s++ {
		take := items
		if s < sentences-1 && len(take) > 2 {
			take = take[:2]
		}
		items = items[len(take):]
		text, n, left := g.sentence(take)
		items = append(left, items...)
		parts = append(parts, text)
		words += n
		if s > sentences+20 {
			break // an item that never fits; cannot happen with the kinds above
		}
	}
	return strings.Join(parts, " "), words
}

// phrase is a short lower-case phrase for table cells and list items.
func (g *gen) phrase(lo, hi int) string {
	n := lo + g.r.IntN(hi-lo+1)
	w := make([]string, n)
	for i := range w {
		w[i] = g.word()
	}
	return strings.Join(w, " ")
}
