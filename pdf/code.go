package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// contMark begins every continuation of a wrapped code line.
const contMark = "↪"

// codePad is the shaded padding around a code block's text.
const codePad = 5.0

// codeLine is one line of a code block as set: a source line or a piece of
// a wrapped one.
type codeLine struct {
	text string
	cont bool // a continuation of the line before
}

// codeBlock sets an indented or fenced code block on a shaded band. Lines
// too long for the measure wrap, each continuation marked with contMark.
func (r *renderer) codeBlock(n ast.Node) {
	var src []string
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		s := strings.TrimRight(string(seg.Value(r.src())), "\r\n")
		src = append(src, expandTabs(s, 4))
	}
	for len(src) > 0 && strings.TrimSpace(src[len(src)-1]) == "" {
		src = src[:len(src)-1]
	}
	if len(src) == 0 {
		src = []string{""}
	}
	codeStyle, markStyle := r.geo.codeStyle(), r.geo.markStyle()
	markW := r.m.width(contMark+" ", markStyle)
	measure := r.x1 - r.x0 - 2*codePad
	var lines []codeLine
	for _, s := range src {
		lines = append(lines, wrapCode(s, measure, measure-markW, codeStyle, r.m)...)
	}

	r.vspace(r.base.size * 0.6)
	pop := r.pushDeco(&deco{kind: decoShade, x0: r.x0, x1: r.x1})
	lh := r.geo.codeSize * 1.3
	x := r.x0 + codePad
	for i, cl := range lines {
		h, off := lh, 0.0
		if i == 0 {
			h, off = h+codePad, codePad
		}
		if i == len(lines)-1 {
			h += codePad
		}
		b := off + baseline(codeStyle, lh)
		r.emitLine(h, b, func(top float64) {
			tx := x
			if cl.cont {
				useFont(r.p, markStyle)
				r.p.SetTextColor(grey.r, grey.g, grey.b)
				r.p.Text(x, top+b, contMark)
				tx += markW
			}
			if cl.text != "" {
				useFont(r.p, codeStyle)
				r.p.SetTextColor(0, 0, 0)
				r.p.Text(tx, top+b, cl.text)
			}
		})
	}
	pop()
	r.vspace(r.base.size * 0.6)
}

// wrapCode cuts a line of code into pieces: the first fits first, the
// others rest. A piece ends after a space when one falls in its second
// half, else mid-token.
func wrapCode(s string, first, rest float64, st style, m measurer) []codeLine {
	var out []codeLine
	measure := first
	for {
		if m.width(s, st) <= measure+eps {
			return append(out, codeLine{text: s, cont: len(out) > 0})
		}
		n := 0 // bytes of s that fit
		for i := range s {
			_, size := utf8.DecodeRuneInString(s[i:])
			if m.width(s[:i+size], st) > measure+eps {
				break
			}
			n = i + size
		}
		if n == 0 {
			_, n = utf8.DecodeRuneInString(s)
		}
		if sp := strings.LastIndexByte(s[:n], ' '); sp >= n/2 && sp > 0 {
			n = sp + 1
		}
		out = append(out, codeLine{text: strings.TrimRight(s[:n], " "), cont: len(out) > 0})
		s = s[n:]
		measure = rest
	}
}

// expandTabs replaces tabs by spaces up to the next tab stop.
func expandTabs(s string, width int) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var sb strings.Builder
	col := 0
	for _, c := range s {
		if c == '\t' {
			n := width - col%width
			sb.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		sb.WriteRune(c)
		col++
	}
	return sb.String()
}
