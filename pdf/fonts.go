package pdf

import (
	"codeberg.org/go-pdf/fpdf"

	"github.com/quire-books/quire/assets"
)

// The PDF uses two embedded TrueType families: Charis SIL for text and
// DejaVu Sans Mono for code. fpdf's core fonts are cp1252 only, so every
// glyph comes from these files.
const (
	serifFamily = "charis"
	monoFamily  = "dejavumono"
)

// fontFiles lists each family's styles and the asset holding it. DejaVu Sans
// Mono has no italic: italic code is set upright (see face.font).
var fontFiles = [...]struct{ family, style, file string }{
	{serifFamily, "", "fonts/CharisSIL-Regular.ttf"},
	{serifFamily, "B", "fonts/CharisSIL-Bold.ttf"},
	{serifFamily, "I", "fonts/CharisSIL-Italic.ttf"},
	{serifFamily, "BI", "fonts/CharisSIL-BoldItalic.ttf"},
	{monoFamily, "", "fonts/DejaVuSansMono.ttf"},
	{monoFamily, "B", "fonts/DejaVuSansMono-Bold.ttf"},
}

// registerFonts embeds the book's fonts in p.
func registerFonts(p *fpdf.Fpdf) {
	for _, f := range fontFiles {
		p.AddUTF8FontFromBytes(f.family, f.style, assets.Read(f.file))
	}
}

// face is one font of the two families.
type face struct {
	mono, bold, italic bool
}

// font returns the fpdf family and style string of the face.
func (f face) font() (family, style string) {
	if f.mono {
		if f.bold {
			return monoFamily, "B"
		}
		return monoFamily, ""
	}
	switch {
	case f.bold && f.italic:
		return serifFamily, "BI"
	case f.bold:
		return serifFamily, "B"
	case f.italic:
		return serifFamily, "I"
	}
	return serifFamily, ""
}

// rgb is a colour, 0–255 a channel.
type rgb struct{ r, g, b int }

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
}

// useFont selects st's font on p.
func useFont(p *fpdf.Fpdf, st style) {
	family, s := st.face.font()
	p.SetFont(family, s, st.size)
}

// measurer gives the width of a string set in a style.
type measurer interface {
	width(s string, st style) float64
}

// fontMeasurer measures with the embedded fonts on a page-less fpdf document
// of its own, so that measuring never writes to the PDF being made.
type fontMeasurer struct{ p *fpdf.Fpdf }

func newFontMeasurer() fontMeasurer {
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 612, Ht: 792}}) // a page size is needed; measuring draws nothing
	registerFonts(p)
	return fontMeasurer{p}
}

func (m fontMeasurer) width(s string, st style) float64 {
	useFont(m.p, st)
	return m.p.GetStringWidth(s)
}
