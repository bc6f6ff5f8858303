package pdf

import (
	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/fontset"
	"github.com/quire-books/quire/shape"
)

// fontsFor returns the font chains of a book (see package fontset).
func fontsFor(b *book.Book) (fontset.Set, error) {
	return fontset.For(b.Meta.PDF.Font.Fontset(), b.Meta.PDF.MonoFont.Fontset())
}

// face is one font of the two families.
type face struct {
	mono, bold, italic bool
}

// rgb is a colour, 0–255 a channel.
type rgb struct{ r, g, b uint8 }

// ints returns the channels as fpdf takes them.
func (c rgb) ints() (r, g, b int) { return int(c.r), int(c.g), int(c.b) }

var (
	black     = rgb{0, 0, 0}
	linkBlue  = rgb{0, 60, 140}
	grey      = rgb{110, 110, 110}
	codeShade = rgb{242, 242, 240}
	ruleGrey  = rgb{150, 150, 150}
)

// style is how a run of text is set.
type style struct {
	face      face
	size      float64 // points
	rise      float64 // baseline shift upwards, points (superscripts)
	color     rgb
	underline bool
	strike    bool
	// smallCaps sets the text with the font's small capitals (OpenType
	// smcp); mark lays a highlight behind it.
	smallCaps bool
	mark      bool
	// foreign text is in another language than the book's (a div's or a
	// span's lang): the book's patterns do not hyphenate it.
	foreign bool
}

// measurer gives the width of a string set in a style.
type measurer interface {
	width(s string, st style) float64
}

// engineMeasurer measures with the text engine: the width of the shaped
// text, kerning and ligatures included.
// The advances of the ASCII characters alone (a space between every two
// words, a hyphen at every break) are kept in tables, read without a lock.
type engineMeasurer struct {
	e, sc *shape.Engine // sc: small capitals
	ascii *[numFaces][0x7f]float64
}

func newEngineMeasurer(e *shape.Engine) engineMeasurer {
	m := engineMeasurer{e: e, sc: smallCapsEngine(e), ascii: new([numFaces][0x7f]float64)}
	var b [1]byte
	for fi := range numFaces {
		for c := ' '; c < 0x7f; c++ { // printable: the controls are not looked up in any font
			b[0] = byte(c)
			m.ascii[fi][c] = e.Shape(string(b[:]), shape.Style(fi)).Advance
		}
	}
	return m
}

func (m engineMeasurer) width(s string, st style) float64 {
	fi := st.face.index()
	if st.smallCaps {
		return m.sc.Width(s, shape.Style(fi), st.size)
	}
	if len(s) == 1 && s[0] >= ' ' && s[0] < 0x7f {
		return m.ascii[fi][s[0]] * st.size / 1000
	}
	return m.e.Width(s, shape.Style(fi), st.size)
}

// smallCapsEngine is e with the fonts' small capitals on.
func smallCapsEngine(e *shape.Engine) *shape.Engine { return e.WithFeatures("smcp") }

// numFaces is the number of faces: regular, bold, italic and bold italic
// text; regular and bold code.
const numFaces = fontset.NumFaces

// index is the face's place in the font chains.
func (f face) index() int {
	switch {
	case f.mono && f.bold:
		return 5
	case f.mono:
		return 4
	}
	i := 0
	if f.bold {
		i++
	}
	if f.italic {
		i += 2
	}
	return i
}

// faces lists every face, by index.
var faces = [numFaces]face{{}, {bold: true}, {italic: true}, {bold: true, italic: true}, {mono: true}, {mono: true, bold: true}}
