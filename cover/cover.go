// Package cover draws a typographic book cover: the title, subtitle and
// authors set in the book's fonts on a plain dark background, as a PNG of
// store size. Text is shaped by Quire's text engine (package shape: Arabic
// joined, Indic scripts reordered, right-to-left lines in visual order)
// and drawn from the glyphs' outlines. It is a pure function of its input:
// the same title, subtitle, authors, fonts and options always give the
// same bytes.
package cover

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/image/vector"

	"github.com/quire-books/quire/fontset"
	"github.com/quire-books/quire/shape"
)

// Store size: the 1:1.6 cover the e-book stores ask for (Kindle's
// recommended 1600 × 2560; Apple and Kobo take it too).
const (
	Width  = 1600
	Height = 2560
)

// Options changes how a cover is drawn. The zero value draws a cover of
// store size in the bundled fonts.
type Options struct {
	// Width and Height are the cover's size in pixels; 0 means store size
	// (Width × Height). Both must be at least 200 when set.
	Width, Height int
	// Engine sets the text: an engine made by package fontset (its styles
	// are fontset's faces: the title is set in fontset.Bold, the subtitle
	// in fontset.Italic, the authors in fontset.Regular), with the book's
	// fonts and language and, for letters they lack, the system's fonts.
	// Nil: the bundled fonts, for English, with the system's fonts (a
	// search of their own).
	Engine *shape.Engine
}

// engine returns the options' engine, or makes the default one.
func (o Options) engine() (*shape.Engine, error) {
	if o.Engine != nil {
		return o.Engine, nil
	}
	set, err := fontset.For(fontset.Family{}, fontset.Family{})
	if err != nil {
		return nil, fmt.Errorf("cover: %w", err)
	}
	return set.Engine("en", false, &shape.System{}), nil
}

// The styles of the cover's parts.
const (
	titleStyle    = shape.Style(fontset.Bold)
	subtitleStyle = shape.Style(fontset.Italic)
	authorStyle   = shape.Style(fontset.Regular)
)

// Scheme is one background and the two text colours drawn on it.
type Scheme struct {
	Background, Ink, Accent color.RGBA
}

// Schemes are the colour schemes a cover may get, chosen by the title.
// Every text colour has a WCAG contrast of at least 4.5:1 on its background.
var Schemes = [...]Scheme{
	{rgb(0x1d3457), rgb(0xf6f1e7), rgb(0xe0b458)}, // navy, cream, gold
	{rgb(0x1f3d2b), rgb(0xf3f0e4), rgb(0xd8c27a)}, // forest, cream, straw
	{rgb(0x4a1c24), rgb(0xf8efe6), rgb(0xe9b98f)}, // burgundy, cream, apricot
	{rgb(0x262a30), rgb(0xf2f2f0), rgb(0x9cc9d6)}, // charcoal, white, sky
	{rgb(0x3a2246), rgb(0xf5eff7), rgb(0xd9b5e6)}, // plum, white, lilac
	{rgb(0x123c44), rgb(0xeef6f4), rgb(0xf0c987)}, // teal, white, sand
}

func rgb(v uint32) color.RGBA {
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

// SchemeFor returns the colour scheme of a title: one of Schemes, picked by
// a hash of the title, so a book keeps its colours from build to build.
func SchemeFor(title string) Scheme {
	h := fnv.New32a()
	h.Write([]byte(title))
	return Schemes[h.Sum32()%uint32(len(Schemes))]
}

// Contrast is the WCAG 2 contrast ratio of two opaque colours (1 to 21).
func Contrast(a, b color.RGBA) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.RGBA) float64 {
	ch := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(c.R) + 0.7152*ch(c.G) + 0.0722*ch(c.B)
}

// Draw draws the cover of a book and returns it as a PNG. Text is wrapped
// to the width (at spaces, and between Chinese and Japanese characters)
// and set smaller when it is long, so it always fits its part of the
// cover (text beyond the smallest size's room ends with "…"). Lines of a
// right-to-left text are set flush right, their words right to left.
// Letters no font has (see Missing) are left out.
func Draw(title, subtitle string, authors []string, opt Options) ([]byte, error) {
	w, h := opt.Width, opt.Height
	if w == 0 && h == 0 {
		w, h = Width, Height
	}
	if w < 200 || h < 200 {
		return nil, fmt.Errorf("cover: %d × %d pixels is too small (200 × 200 at least)", w, h)
	}
	if strings.TrimSpace(title) == "" {
		return nil, errors.New("cover: the book has no title")
	}
	e, err := opt.engine()
	if err != nil {
		return nil, err
	}
	sc := SchemeFor(title)
	// Text is drawn as coverage into one mask per colour; the masks then
	// become a paletted image (a quarter of RGBA's bytes to compress).
	ink := image.NewAlpha(image.Rect(0, 0, w, h))
	accent := image.NewAlpha(image.Rect(0, 0, w, h))
	p := &painter{e: e}

	u := float64(w) / Width // scale: sizes below are for a 1600 px wide cover
	margin := int(170 * u)
	textW := w - 2*margin
	rule := func(y, thick int) {
		draw.Draw(accent, image.Rect(margin, y, w-margin, y+thick), image.Opaque, image.Point{}, draw.Src)
	}
	px := func(f float64) int { return int(f*float64(h)/Height + 0.5) }

	// Upper part: the title, then the subtitle, between the top rule and
	// 72% of the height.
	rule(px(420), max(2, int(12*u)))
	top, bottom := px(560), px(1840)
	room := bottom - top
	titleRoom := room
	if strings.TrimSpace(subtitle) != "" {
		titleRoom = room * 62 / 100
	}
	tb := fit(e, titleStyle, title, 148*u, 44*u, textW, titleRoom, 1.2)
	y := p.draw(ink, tb, margin, w-margin, top)
	if strings.TrimSpace(subtitle) != "" {
		y += int(tb.size * 0.55)
		sb := fit(e, subtitleStyle, subtitle, 78*u, 32*u, textW, bottom-y, 1.28)
		p.draw(accent, sb, margin, w-margin, y)
	}

	// Foot: the authors, one line each when there is room.
	if len(authors) > 0 {
		rule(px(2040), max(1, int(6*u)))
		ab := fitLines(e, authorStyle, authors, 96*u, 36*u, textW, px(2400)-px(2120), 1.15)
		p.draw(ink, ab, margin, w-margin, px(2120))
	}

	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, compose(sc, ink, accent)); err != nil {
		return nil, fmt.Errorf("cover: %w", err)
	}
	return buf.Bytes(), nil
}

// compose paints the two coverage masks on the background as a paletted
// image: index 0 is the background, 1–127 the ink at growing coverage and
// 128–255 the accent. The image takes over ink's pixels, which compose
// overwrites; most of a cover is background, so eight pixels at a time
// with no ink and no accent are left as they are (0).
func compose(sc Scheme, ink, accent *image.Alpha) *image.Paletted {
	mix := func(c color.RGBA, a int, n int) color.Color {
		m := func(b, f uint8) uint8 { return uint8((int(b)*(n-a) + int(f)*a + n/2) / n) }
		bg := sc.Background
		return color.RGBA{m(bg.R, c.R), m(bg.G, c.G), m(bg.B, c.B), 0xff}
	}
	pal := make(color.Palette, 256)
	pal[0] = sc.Background
	for k := 1; k < 128; k++ {
		pal[k] = mix(sc.Ink, k, 127)
	}
	for j := 1; j <= 128; j++ {
		pal[127+j] = mix(sc.Accent, j, 128)
	}
	pix, acc := ink.Pix, accent.Pix[:len(ink.Pix)]
	for i := 0; i < len(pix); {
		if i+8 <= len(pix) && binary.NativeEndian.Uint64(pix[i:])|binary.NativeEndian.Uint64(acc[i:]) == 0 {
			i += 8
			continue
		}
		switch a, b := pix[i], acc[i]; {
		case b > 0:
			pix[i] = uint8(127 + (int(b)*128+127)/255)
		case a > 0:
			pix[i] = uint8((int(a)*127 + 127) / 255)
		}
		i++
	}
	return &image.Paletted{Pix: pix, Stride: ink.Stride, Rect: ink.Rect, Palette: pal}
}

// Missing returns the letters of the cover's text that no font has (each
// once, in order): neither the engine's fonts nor, when the engine
// searches them, the system's. Draw leaves them out.
func Missing(title, subtitle string, authors []string, opt Options) []rune {
	e, err := opt.engine()
	if err != nil {
		return nil
	}
	var out []rune
	add := func(text string, st shape.Style) {
		for _, r := range e.Shape(text, st).Missing {
			if !slices.Contains(out, r) {
				out = append(out, r)
			}
		}
	}
	add(title, titleStyle)
	add(subtitle, subtitleStyle)
	for _, a := range authors {
		add(a, authorStyle)
	}
	return out
}

// clean returns text without the letters no font has, nor control
// characters, and reports whether it is set right to left: the engine
// sets all of it at an odd level or above (a right-to-left language's
// engine, or a text in right-to-left letters only).
func clean(e *shape.Engine, st shape.Style, text string) (string, bool) {
	t := e.Shape(text, st)
	if len(t.Missing) > 0 || strings.ContainsFunc(text, unicode.IsControl) {
		text = strings.Map(func(r rune) rune {
			if slices.Contains(t.Missing, r) {
				return -1
			}
			if unicode.IsControl(r) {
				if isSpace(r) {
					return ' '
				}
				return -1
			}
			return r
		}, text)
		t = e.Shape(text, st)
	}
	lo := uint8(255)
	for _, r := range t.Runs {
		lo = min(lo, r.Level)
	}
	return text, len(t.Runs) > 0 && lo > 0
}

// piece is what a line may not break: a word, or a Chinese or Japanese
// character with the punctuation that holds to it.
type piece struct {
	text  string
	space bool    // a space follows
	w     float64 // the advance, in thousandths of an em
}

// pieces splits text at spaces and before Chinese and Japanese characters
// and measures each piece.
func pieces(e *shape.Engine, st shape.Style, text string) []piece {
	var out []piece
	var cur strings.Builder
	flush := func(space bool) {
		if cur.Len() > 0 {
			s := cur.String()
			out = append(out, piece{text: s, space: space, w: e.Shape(s, st).Advance})
			cur.Reset()
		} else if space && len(out) > 0 {
			out[len(out)-1].space = true
		}
	}
	prev := ' '
	for _, r := range text {
		if isSpace(r) {
			flush(true)
			prev = r
			continue
		}
		if cur.Len() > 0 && breakBefore(prev, r) {
			flush(false)
		}
		cur.WriteRune(r)
		prev = r
	}
	flush(false)
	if n := len(out); n > 0 {
		out[n-1].space = false
	}
	return out
}

// breakBefore reports whether a line may break between prev and r with
// no space between them: before a Chinese or Japanese character, unless
// it may not start a line (closing punctuation, which is not Han or kana,
// small kana, the prolonged sound mark), or before an opening bracket in
// such text; never after an opening bracket or quote.
func breakBefore(prev, r rune) bool {
	if unicode.In(prev, unicode.Ps, unicode.Pi) {
		return false
	}
	if unicode.In(r, unicode.Ps, unicode.Pi) {
		return cjk(prev) || unicode.In(prev, unicode.Pe, unicode.Pf) || isCJKPunct(prev)
	}
	return cjk(r) && !shape.NoLineStart(r)
}

// cjk reports whether r is a Han ideograph or a kana.
func cjk(r rune) bool {
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// isCJKPunct reports whether r is CJK punctuation (。、，： and the like).
func isCJKPunct(r rune) bool {
	return r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFF65 && unicode.IsPunct(r)
}

// line is one line of a block: its text, and whether it is set right to
// left (flush right).
type line struct {
	text string
	rtl  bool
}

// block is text set at one size, broken into lines.
type block struct {
	st      shape.Style
	size    float64
	leading int
	lines   []line
}

// fit sets text in lines no wider than width, at the largest size from
// maxSize down to minSize whose lines fit in height. At minSize, lines that
// do not fit are dropped and the last one kept ends with "…".
func fit(e *shape.Engine, st shape.Style, text string, maxSize, minSize float64, width, height int, leading float64) block {
	return fitLines(e, st, []string{text}, maxSize, minSize, width, height, leading)
}

// fitLines is fit for paragraphs that each start a new line.
func fitLines(e *shape.Engine, st shape.Style, paras []string, maxSize, minSize float64, width, height int, leading float64) block {
	// Shaping does not depend on the size: the pieces are measured once.
	type para struct {
		ps  []piece
		rtl bool
	}
	ps := make([]para, 0, len(paras))
	for _, p := range paras {
		text, rtl := clean(e, st, p)
		ps = append(ps, para{pieces(e, st, text), rtl})
	}
	space := e.Shape(" ", st).Advance
	for size := maxSize; ; size *= 0.92 {
		if size < minSize {
			size = minSize
		}
		b := block{st: st, size: size, leading: int(size*leading + 0.5)}
		em := float64(width) * 1000 / size // the width in thousandths of an em
		for _, p := range ps {
			for _, l := range wrap(e, st, p.ps, space, em) {
				b.lines = append(b.lines, line{l, p.rtl})
			}
		}
		fits := (len(b.lines)-1)*b.leading+int(size) <= height
		if fits || size == minSize {
			if !fits {
				n := max(1, (height-int(size))/b.leading+1)
				b.lines = b.lines[:n]
				b.lines[n-1].text = ellipsis(e, st, b.lines[n-1].text, em)
			}
			return b
		}
	}
}

// wrap breaks pieces into lines no wider than width (in thousandths of an
// em); a piece wider than the line is broken between its clusters.
func wrap(e *shape.Engine, st shape.Style, ps []piece, space, width float64) []string {
	var lines []string
	var cur strings.Builder
	w := 0.0
	spaced := false // the line's last piece has a space after it
	end := func() {
		if cur.Len() > 0 {
			lines = append(lines, cur.String())
		}
		cur.Reset()
		w, spaced = 0, false
	}
	for _, p := range ps {
		add := p.w
		if cur.Len() > 0 && spaced {
			add += space
		}
		if cur.Len() > 0 && w+add > width {
			end()
			add = p.w
		}
		if p.w > width {
			end()
			cs := clusters(e.Shape(p.text, st))
			for len(cs) > 0 {
				n, cw := 1, cs[0].w
				for n < len(cs) && cw+cs[n].w <= width {
					cw += cs[n].w
					n++
				}
				var s strings.Builder
				for _, c := range cs[:n] {
					s.WriteString(c.text)
				}
				cs = cs[n:]
				if len(cs) > 0 {
					lines = append(lines, s.String())
					continue
				}
				cur.WriteString(s.String())
				w = cw
			}
		} else {
			if cur.Len() > 0 && spaced {
				cur.WriteByte(' ')
			}
			cur.WriteString(p.text)
			w += add
		}
		spaced = p.space
	}
	end()
	return lines
}

// cluster is one cluster of shaped text: characters that are set
// together (a letter and its marks, a conjunct, a ligature).
type cluster struct {
	text string
	w    float64
}

// clusters returns the clusters of t in logical order.
func clusters(t *shape.Text) []cluster {
	var out []cluster
	for _, r := range t.Runs {
		start := len(out)
		for _, g := range r.Glyphs {
			if g.Text != "" || len(out) == start {
				out = append(out, cluster{text: g.Text})
			}
			out[len(out)-1].w += float64(g.Advance)
		}
		if r.RTL() {
			slices.Reverse(out[start:])
		}
	}
	return out
}

// ellipsis ends text with "…", shortening it until it fits in width
// (in thousandths of an em).
func ellipsis(e *shape.Engine, st shape.Style, text string, width float64) string {
	cs := clusters(e.Shape(strings.TrimSpace(text), st))
	dots := e.Shape("…", st).Advance
	w := 0.0
	for _, c := range cs {
		w += c.w
	}
	for len(cs) > 0 && w+dots > width {
		w -= cs[len(cs)-1].w
		cs = cs[:len(cs)-1]
	}
	var s strings.Builder
	for _, c := range cs {
		s.WriteString(c.text)
	}
	return strings.TrimSpace(s.String()) + "…"
}

// painter draws shaped text into coverage masks.
type painter struct {
	e        *shape.Engine
	z        vector.Rasterizer
	outlines map[glyphKey][]shape.Segment // nil: a glyph without an outline
	readers  map[*shape.Font]*shape.Outliner
}

type glyphKey struct {
	f  *shape.Font
	id uint16
}

// outline returns a glyph's outline, read once per cover.
func (p *painter) outline(f *shape.Font, id uint16) []shape.Segment {
	k := glyphKey{f, id}
	segs, ok := p.outlines[k]
	if !ok {
		o := p.readers[f]
		if o == nil {
			o = f.Outliner()
			if p.readers == nil {
				p.readers = map[*shape.Font]*shape.Outliner{}
			}
			p.readers[f] = o
		}
		segs, _ = o.Outline(id)
		if p.outlines == nil {
			p.outlines = map[glyphKey][]shape.Segment{}
		}
		p.outlines[k] = segs
	}
	return segs
}

// draw sets the block's lines between x0 and x1, flush left (flush right
// when right to left), the first line's top at y, and returns the y below
// the last line.
func (p *painter) draw(mask *image.Alpha, b block, x0, x1, y int) int {
	base := y + int(b.size*0.75) // cap height of Charis is about 0.7 em
	scale := b.size / 1000
	for _, l := range b.lines {
		t := p.e.Shape(l.text, b.st)
		x := float64(x0)
		if l.rtl {
			x = float64(x1) - t.Advance*scale
		}
		p.line(mask, t, x, float64(base), scale)
		base += b.leading
	}
	return base - b.leading + int(b.size*0.3)
}

// line draws t with its left end at x and its baseline at base, scale
// pixels to the thousandth of an em: the glyphs' outlines, filled with
// anti-aliasing, are added to mask.
func (p *painter) line(mask *image.Alpha, t *shape.Text, x, base, scale float64) {
	type placed struct {
		segs []shape.Segment
		x, y float64
	}
	var gs []placed
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, i := range shape.VisualOrder(t.Runs) {
		r := &t.Runs[i]
		for k, g := range r.Glyphs {
			dx, dy := r.Offset(k)
			gx, gy := x+float64(dx)*scale, base-float64(dy)*scale
			x += float64(g.Advance) * scale
			if g.ID == 0 {
				continue // .notdef: a letter no font has
			}
			segs := p.outline(r.Font, g.ID)
			if len(segs) == 0 {
				continue
			}
			for _, s := range segs {
				for _, pt := range s.Args[:nargs(s.Op)] {
					px, py := gx+pt[0]*scale, gy-pt[1]*scale
					x0, x1 = min(x0, px), max(x1, px)
					y0, y1 = min(y0, py), max(y1, py)
				}
			}
			gs = append(gs, placed{segs, gx, gy})
		}
	}
	if len(gs) == 0 {
		return
	}
	box := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1))+1, int(math.Ceil(y1))+1).Intersect(mask.Bounds())
	if box.Empty() {
		return
	}
	z := &p.z
	z.Reset(box.Dx(), box.Dy())
	ox, oy := float64(box.Min.X), float64(box.Min.Y)
	pt := func(g placed, a [2]float64) (float32, float32) {
		return float32(g.x + a[0]*scale - ox), float32(g.y - a[1]*scale - oy)
	}
	for _, g := range gs {
		open := false
		for _, s := range g.segs {
			switch s.Op {
			case shape.MoveTo:
				if open {
					z.ClosePath()
				}
				z.MoveTo(pt(g, s.Args[0]))
				open = true
			case shape.LineTo:
				z.LineTo(pt(g, s.Args[0]))
			case shape.QuadTo:
				bx, by := pt(g, s.Args[0])
				cx, cy := pt(g, s.Args[1])
				z.QuadTo(bx, by, cx, cy)
			case shape.CubeTo:
				bx, by := pt(g, s.Args[0])
				cx, cy := pt(g, s.Args[1])
				dx, dy := pt(g, s.Args[2])
				z.CubeTo(bx, by, cx, cy, dx, dy)
			}
		}
		if open {
			z.ClosePath()
		}
	}
	z.Draw(mask, box, image.Opaque, image.Point{})
}

// nargs is the number of points a segment of kind op has.
func nargs(op shape.SegmentOp) int {
	switch op {
	case shape.QuadTo:
		return 2
	case shape.CubeTo:
		return 3
	}
	return 1
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r'
}
