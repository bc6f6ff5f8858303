package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/highlight"
)

// contMark begins every continuation of a wrapped code line.
const contMark = "↪"

// codePad is the shaded padding around a code block's text.
const codePad = 5.0

// codeLine is one line of a code block as set: a source line or a piece of
// a wrapped one.
type codeLine struct {
	text  string
	start int  // byte offset of text in the source line
	cont  bool // a continuation of the line before
}

// codeBlock sets an indented or fenced code block on a shaded band, in the
// colours, bold and italic (set upright: the mono family has no italic) of
// highlight.Style for the fence's language. Lines too long for the measure
// wrap, each continuation marked with contMark. Tabs are expanded by
// highlight.Lines, as in the EPUB.
func (r *renderer) codeBlock(n ast.Node) {
	lang := ""
	if f, ok := n.(*ast.FencedCodeBlock); ok {
		lang = string(f.Language(r.src()))
	}
	var code strings.Builder
	var starts []int // source offset of each code line, for the page starts
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		code.Write(seg.Value(r.src()))
		starts = append(starts, seg.Start)
	}
	if r.p == nil {
		// A dry pass draws nothing: the colours do not move a line (the
		// lines' text is the same highlighted or not), so skip the lexer.
		lang = ""
	}
	src, _ := highlight.Lines(lang, code.String())
	for len(src) > 0 && strings.TrimSpace(lineText(src[len(src)-1])) == "" {
		src = src[:len(src)-1]
	}
	if len(src) == 0 {
		src = [][]highlight.Token{nil}
	}
	codeStyle, markStyle := r.geo.codeStyle(), r.geo.markStyle()
	markW := r.m.width(contMark+" ", markStyle)
	measure := r.x1 - r.x0 - 2*codePad
	type setLine struct {
		runs []highlight.Token
		xs   []float64 // the x of each run
		cont bool
		src  int // the source line's offset, -1 if unknown
	}
	var lines []setLine
	for i, toks := range src {
		at := -1
		if i < len(starts) {
			at = starts[i]
		}
		for _, cl := range wrapCode(lineText(toks), measure, measure-markW, codeStyle, r.m) {
			runs := sliceTokens(toks, cl.start, cl.start+len(cl.text))
			lines = append(lines, setLine{runs, r.runStarts(runs, codeStyle, r.x0+codePad, cl.cont, markW), cl.cont, at})
		}
	}

	r.vspace(r.base.size * 0.6)
	pop := r.pushDeco(&deco{kind: decoShade, x0: r.x0, x1: r.x1})
	lh := r.geo.codeSize * 1.3
	x := r.x0 + codePad
	for i, sl := range lines {
		h, off := lh, 0.0
		if i == 0 {
			h, off = h+codePad, codePad
		}
		if i == len(lines)-1 {
			h += codePad
		}
		b := off + baseline(codeStyle, lh)
		if sl.src >= 0 {
			r.lineSrc = sl.src + 1 // lineSrc holds offset+1; 0 is unknown
		}
		r.emitLine(h, b, func(top float64) {
			if sl.cont {
				r.p.SetTextColor(grey.ints())
				r.show(x, top+b, contMark, markStyle)
			}
			for i, t := range sl.runs {
				st := tokenStyle(codeStyle, t.Class)
				r.p.SetTextColor(st.color.ints())
				r.show(sl.xs[i], top+b, t.Text, st)
			}
			r.p.SetTextColor(black.ints())
		})
	}
	pop()
	r.vspace(r.base.size * 0.6)
}

// runStarts returns the x of each run of a code line whose text starts at
// x: measured while composing, since lines are drawn on another goroutine
// than the one that measures (see chapters.go).
func (r *renderer) runStarts(runs []highlight.Token, code style, x float64, cont bool, markW float64) []float64 {
	xs := make([]float64, len(runs))
	tx := x
	if cont {
		tx += markW
	}
	for i, t := range runs {
		xs[i] = tx
		tx += r.m.width(t.Text, tokenStyle(code, t.Class))
	}
	return xs
}

// tokenStyle is code set in the colour, bold and italic of a highlight
// class.
func tokenStyle(code style, class string) style {
	c, bold, italic := highlight.Style(class)
	code.color = rgb{c.R, c.G, c.B}
	code.face.bold, code.face.italic = bold, italic
	return code
}

// lineText is the text of a line of tokens.
func lineText(toks []highlight.Token) string {
	var sb strings.Builder
	for _, t := range toks {
		sb.WriteString(t.Text)
	}
	return sb.String()
}

// sliceTokens returns the tokens covering bytes [from, to) of their line,
// the first and last cut to fit.
func sliceTokens(toks []highlight.Token, from, to int) []highlight.Token {
	var out []highlight.Token
	pos := 0
	for _, t := range toks {
		a, b := max(from, pos), min(to, pos+len(t.Text))
		if a < b {
			out = append(out, highlight.Token{Text: t.Text[a-pos : b-pos], Class: t.Class})
		}
		pos += len(t.Text)
	}
	return out
}

// wrapCode cuts a line of code into pieces: the first fits first, the
// others rest. A piece ends after a space when one falls in its second
// half, else mid-token; the spaces it ends with are dropped.
func wrapCode(s string, first, rest float64, st style, m measurer) []codeLine {
	var out []codeLine
	measure, start := first, 0
	for {
		// Code is monospaced, without kerning: a piece is as wide as its
		// characters, measured one at a time (a long line is measured
		// once, not once per character).
		n, w := 0, 0.0 // bytes of s that fit, and their width
		for i, r := range s {
			if w += m.width(s[i:i+utf8.RuneLen(r)], st); w > measure+eps {
				break
			}
			n = i + utf8.RuneLen(r)
		}
		if n == len(s) {
			return append(out, codeLine{text: s, start: start, cont: len(out) > 0})
		}
		if n == 0 {
			_, n = utf8.DecodeRuneInString(s)
		}
		if sp := strings.LastIndexByte(s[:n], ' '); sp >= n/2 && sp > 0 {
			n = sp + 1
		}
		out = append(out, codeLine{text: strings.TrimRight(s[:n], " "), start: start, cont: len(out) > 0})
		s, start = s[n:], start+n
		measure = rest
	}
}
