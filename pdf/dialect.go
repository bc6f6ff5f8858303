package pdf

import (
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/shape"
)

// The nodes of Quire's dialect (book/dialect.go): divs and GitHub alerts,
// spans, sub- and superscripts, line blocks and page breaks. Table captions
// are set by table.go, implicit figures by figure.go. Text a div or a span
// says is in another language than the book's is not hyphenated (the
// renderer has the book's patterns only); dir is not used.

// Box measures: the width of an alert's bar, the space between a box's
// side and its text, the height of a box's top and bottom edges, and the
// weight of a box's rules.
const (
	barWidth = 3.0
	boxInset = 9.0
	boxPad   = 4.0
	boxRule  = 0.6
)

// alertColors are the colours of the alerts' bars and labels (GitHub's).
var alertColors = map[string]rgb{
	book.AlertNote:      {9, 105, 218},
	book.AlertTip:       {26, 127, 55},
	book.AlertImportant: {130, 80, 223},
	book.AlertWarning:   {154, 103, 0},
	book.AlertCaution:   {207, 34, 46},
}

// markYellow is the highlight of a span of class mark.
var markYellow = rgb{255, 238, 140}

// tint is c mixed with white, a of c.
func tint(c rgb, a float64) rgb {
	mix := func(v uint8) uint8 { return uint8(float64(v)*a + 255*(1-a) + 0.5) }
	return rgb{mix(c.r), mix(c.g), mix(c.b)}
}

// div sets a fenced div or a GitHub alert: its id lands on its first line;
// the alerts, and divs of their classes, are shaded boxes with a bar in the
// alert's colour (an alert with its label first); a sidebar is a ruled box;
// an epigraph is narrower, set right and in italics; a dedication is
// centred and in italics; a div of class center is centred. Other divs set
// their blocks plainly. All of them may break across pages.
func (r *renderer) div(n ast.Node) {
	d := n.(*book.Div)
	if d.ID != "" {
		r.due = append(r.due, d.ID)
	}
	if r.otherLang(d.Lang) && !r.base.foreign {
		st := r.base
		st.foreign = true
		defer r.withBase(st)()
	}
	switch s := d.Style(); s {
	case book.AlertNote, book.AlertTip, book.AlertImportant, book.AlertWarning, book.AlertCaution:
		r.alertBox(d, s)
	case "sidebar":
		r.sidebar(d)
	case "epigraph":
		r.vspace(r.base.size)
		restore := r.indent((r.x1-r.x0)*0.3, 0)
		r.styled(d, true, alignRight)
		restore()
		r.vspace(r.base.size * 1.5)
	case "dedication":
		r.vspace(r.base.size * 2)
		r.styled(d, true, alignCenter)
		r.vspace(r.base.size * 2)
	case "center":
		r.styled(d, false, alignCenter)
	default:
		r.children(d)
	}
}

// styled sets the blocks of n with their paragraphs aligned al, in italics
// (roman for what is emphasized) when italic.
func (r *renderer) styled(n ast.Node, italic bool, al align) {
	st := r.base
	if italic {
		st.face.italic = !st.face.italic
	}
	restore := r.withBase(st)
	old := r.textAlign
	r.textAlign = al
	r.children(n)
	r.textAlign = old
	restore()
}

// alertBox sets a div as a lightly shaded box with a bar of the alert's
// colour down its side, headed by the alert's label, in the book's
// language, when the div is a GitHub alert.
func (r *renderer) alertBox(d *book.Div, kind string) {
	col := alertColors[kind]
	r.vspace(r.base.size * 0.8)
	x0, x1 := r.x0, r.x1
	popShade := r.pushDeco(&deco{kind: decoShade, x0: x0, x1: x1, color: tint(col, 0.07)})
	popBar := r.pushDeco(&deco{kind: decoBar, x0: x0, color: col})
	r.boxEdge(x0, x1, false, false)
	restore := r.indent(barWidth+boxInset, boxInset)
	if d.Alert != "" {
		st := r.base
		st.face.bold = true
		st.color = col
		base := r.withBase(st)
		from := r.queued()
		r.setText([]run{{text: book.AlertLabel(d.Alert, r.b.Meta.Words()), st: st}}, alignLeft)
		keepTogether(r.since(from))
		base()
		r.keepNext = 2
	}
	r.children(d)
	restore()
	r.boxEdge(x0, x1, true, false)
	popBar()
	popShade()
	r.vspace(r.base.size * 0.8)
}

// sidebar sets a div in a box ruled all round (its sides only where it
// breaks across pages).
func (r *renderer) sidebar(d *book.Div) {
	r.vspace(r.base.size * 0.8)
	x0, x1 := r.x0, r.x1
	pop := r.pushDeco(&deco{kind: decoSides, x0: x0, x1: x1})
	r.boxEdge(x0, x1, false, true)
	restore := r.indent(boxInset, boxInset)
	r.children(d)
	restore()
	r.boxEdge(x0, x1, true, true)
	pop()
	r.vspace(r.base.size * 0.8)
}

// boxEdge sets the top (or the bottom) edge of a box from x0 to x1: a line
// boxPad high, with a rule along its outer side when ruled. The top edge
// stays with the line after it, the bottom one with the line before.
func (r *renderer) boxEdge(x0, x1 float64, bottom, ruled bool) {
	from := r.queued()
	r.emitLine(boxPad, 0, func(top float64) {
		if !ruled {
			return
		}
		y := top
		if bottom {
			y += boxPad
		}
		r.p.SetDrawColor(ruleGrey.ints())
		r.p.SetLineWidth(boxRule)
		x := r.geo.mirrorX(1, x0, x1-x0)
		r.p.Line(x, y, x+x1-x0, y)
	})
	if bottom {
		for _, it := range r.since(from) {
			it.keep = true
		}
		return
	}
	r.keepNext = max(r.keepNext, 1)
}

// span sets a bracketed span: small capitals, underlined, or highlighted
// for the classes smallcaps, underline and mark; its id lands where its
// text starts.
func (r *renderer) span(n ast.Node, c inlineCtx) []run {
	s := n.(*book.Span)
	smallCaps := s.Has("smallcaps")
	c.st.smallCaps = c.st.smallCaps || smallCaps
	c.st.underline = c.st.underline || s.Has("underline")
	c.st.mark = c.st.mark || s.Has("mark")
	c.st.foreign = c.st.foreign || r.otherLang(s.Lang)
	runs := r.inlines(n, c)
	if smallCaps {
		runs = r.fakeSmallCaps(runs)
	}
	if s.ID != "" {
		runs = append([]run{{st: c.st, anchor: s.ID}}, runs...)
	}
	return runs
}

// otherLang reports whether lang, a BCP 47 tag, names another language
// than the book's.
func (r *renderer) otherLang(lang string) bool {
	primary := func(tag string) string {
		tag = strings.ToLower(tag)
		if i := strings.IndexAny(tag, "-_"); i >= 0 {
			tag = tag[:i]
		}
		return tag
	}
	return lang != "" && primary(lang) != primary(r.b.Meta.Language)
}

// fakeSmallCaps returns runs with the small capitals of faces whose fonts
// have none (no OpenType smcp) made up: their lowercase letters set as
// capitals, smaller. Code keeps its letters.
func (r *renderer) fakeSmallCaps(runs []run) []run {
	var out []run
	for _, x := range runs {
		fi := x.st.face.index()
		if !x.st.smallCaps || r.env.hasSmallCaps[fi] {
			out = append(out, x)
			continue
		}
		x.st.smallCaps = false
		if x.st.face.mono || x.text == "" {
			out = append(out, x)
			continue
		}
		out = append(out, splitCase(x)...)
	}
	return out
}

// fakeCapScale is the size of a made-up small capital, of the text's.
const fakeCapScale = 0.78

// splitCase cuts a run into runs of lowercase letters, set as smaller
// capitals, and runs of the rest. The first takes the run's anchor and
// note, the last its line break.
func splitCase(x run) []run {
	var out []run
	text := x.text
	for i := 0; i < len(text); {
		lower := unicode.IsLower(firstRune(text[i:]))
		j := i
		for j < len(text) && unicode.IsLower(firstRune(text[j:])) == lower {
			j += len(string(firstRune(text[j:])))
		}
		part := x
		part.text, part.brk = text[i:j], false
		if i > 0 {
			part.anchor, part.note = "", ""
		}
		if x.src > 0 && !x.srcNear {
			part.src = x.src + i
		}
		if lower {
			part.text = strings.ToUpper(part.text)
			part.st.size *= fakeCapScale
		}
		out = append(out, part)
		i = j
	}
	out[len(out)-1].brk = x.brk
	return out
}

// firstRune is the first character of s.
func firstRune(s string) rune {
	for _, c := range s {
		return c
	}
	return 0
}

// hasSmallCaps reports whether the first font of style fi has small
// capitals: whether sc, the engine with smcp on, sets lowercase letters
// with other glyphs than e.
func hasSmallCaps(e, sc *shape.Engine, fi shape.Style) bool {
	const probe = "abcdefghijklmnopqrstuvwxyz"
	a, b := e.Shape(probe, fi), sc.Shape(probe, fi)
	if len(a.Runs) == 0 || len(b.Runs) == 0 || a.Runs[0].Font != b.Runs[0].Font {
		return false
	}
	ga, gb := a.Runs[0].Glyphs, b.Runs[0].Glyphs
	if len(ga) != len(gb) {
		return true
	}
	for i := range ga {
		if ga[i].ID != gb[i].ID {
			return true
		}
	}
	return false
}

// script sets a subscript or a superscript.
func (r *renderer) script(n ast.Node, c inlineCtx) []run {
	c.st = scriptStyle(c.st, n.(*book.Script).Super)
	return r.inlines(n, c)
}

// scriptStyle is st for a superscript (super) or a subscript: smaller,
// raised or lowered.
func scriptStyle(st style, super bool) style {
	if super {
		st.rise += st.size * 0.33
	} else {
		st.rise -= st.size * 0.15
	}
	st.size *= 0.7
	return st
}

// lineBlock sets a line block: each line on a line of its own, set left
// and indented as written (its leading spaces), a line too long for the
// measure continued below with a hanging indent. A page break does not
// leave one line of the block alone, nor cut a line.
func (r *renderer) lineBlock(n ast.Node) {
	r.vspace(r.base.size * 0.6)
	from := r.queued()
	if l, ok := n.(*book.Line); ok {
		r.verseLine(l)
	} else {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if l, ok := c.(*book.Line); ok {
				r.verseLine(l)
			} else {
				r.block(c)
			}
		}
	}
	noOrphansOrWidows(r.since(from))
	r.vspace(r.base.size * 0.6)
}

// verseLine sets one line of a line block, kept together.
func (r *renderer) verseLine(l *book.Line) {
	st := r.base
	lines, xs := r.verseLayout(l)
	if len(lines) == 0 { // an empty line
		h := st.size * r.geo.leading
		r.emitLine(h, baseline(st, h), func(float64) {})
		return
	}
	from := r.queued()
	for i, ln := range lines {
		r.setLine(ln, st, r.x0+xs[i])
	}
	keepTogether(r.since(from))
}

// verseLayout breaks one line of a line block into lines set left, and
// gives their offsets from the measure's left edge: the line's indent (as
// many spaces as it began with), and a hanging indent more for the lines
// it continues on. An empty line gives none.
func (r *renderer) verseLayout(l *book.Line) ([]line, []float64) {
	st := r.base
	indent := min(float64(l.Indent)*r.meter().width(" ", st), (r.x1-r.x0)/2)
	words := toWords(r.inlines(l, inlineCtx{st: st}), r.meter())
	if len(words) == 0 {
		return nil, nil
	}
	hang := r.geo.indent
	c := r.composer(alignLeft)
	measure := r.x1 - r.x0 - indent
	lines := c.compose(words, measure, alignLeft)
	if len(lines) > 1 {
		lines = c.compose(words, max(measure-hang, measure/2), alignLeft)
	}
	xs := make([]float64, len(lines))
	for i := range xs {
		xs[i] = indent
		if i > 0 {
			xs[i] += hang
		}
	}
	return lines, xs
}

// pageBreak starts a new page with what comes next, unless it starts a
// page anyway.
func (r *renderer) pageBreak(ast.Node) {
	if r.vl != nil {
		r.breakNext = true
		return
	}
	if !r.atTop {
		r.newPage()
	}
}

// captionText sets a table's caption, kept together.
func (r *renderer) captionText(n ast.Node) {
	st := r.captionStyle()
	restore := r.withBase(st)
	from := r.queued()
	r.setText(r.inlines(n, inlineCtx{st: st}), alignLeft)
	keepTogether(r.since(from))
	restore()
}

// drawMarks lays the highlight behind the marked fragments of a line (a
// span of class mark), on under the spaces between two of them. xs are the
// fragments' positions when the line is not set as placed (see drawLine).
func (r *renderer) drawMarks(l line, x0 float64, xs []float64, base float64) {
	at := func(i int) float64 {
		if xs != nil {
			return xs[i]
		}
		return x0 + l.frags[i].x
	}
	for i, f := range l.frags {
		if !f.st.mark || f.text == "" {
			continue
		}
		x := at(i)
		end := x + f.width
		if i+1 < len(l.frags) && l.frags[i+1].st.mark && at(i+1) > end {
			end = at(i + 1)
		}
		size := f.st.size
		if f.st.rise != 0 { // a script within: the highlight of the text around it
			size /= 0.7
		}
		y := base - size*0.82
		r.p.SetFillColor(markYellow.ints())
		r.p.Rect(x, y, end-x, size*1.08, "F")
	}
}
