package pdf

import (
	"codeberg.org/go-pdf/fpdf"

	"github.com/quire-books/quire/assets"
	"github.com/quire-books/quire/book"
)

// The PDF uses two embedded TrueType families: one for text (Charis SIL
// unless the book names its own in book.yaml) and one for code (DejaVu Sans
// Mono unless the book names its own). fpdf's core fonts are cp1252 only,
// so every glyph comes from these files.
const (
	serifFamily = "charis"
	monoFamily  = "dejavumono"
)

// fontFile is one style of one family and the TrueType bytes set in it.
type fontFile struct {
	family, style string
	data          []byte
}

// fontSet is the fonts of one build, in registration order.
type fontSet []fontFile

// defaultFonts lists each family's styles and the asset holding it. DejaVu
// Sans Mono has no italic: italic code is set upright (see face.font).
var defaultFonts = [...]struct{ family, style, file string }{
	{serifFamily, "", "fonts/CharisSIL-Regular.ttf"},
	{serifFamily, "B", "fonts/CharisSIL-Bold.ttf"},
	{serifFamily, "I", "fonts/CharisSIL-Italic.ttf"},
	{serifFamily, "BI", "fonts/CharisSIL-BoldItalic.ttf"},
	{monoFamily, "", "fonts/DejaVuSansMono.ttf"},
	{monoFamily, "B", "fonts/DejaVuSansMono-Bold.ttf"},
}

// fontsFor returns the fonts of a book: the built-in ones, with each family
// the book names in its pdf settings in their place. A style the book's
// family lacks is set in its regular style (fpdf cannot embolden or slant a
// font), so that every face of the renderer has a font.
func fontsFor(b *book.Book) fontSet {
	own := map[string]book.FontFamily{serifFamily: b.Meta.PDF.Font, monoFamily: b.Meta.PDF.MonoFont}
	var set fontSet
	for _, f := range defaultFonts {
		fam := own[f.family]
		if fam.Regular == nil {
			set = append(set, fontFile{f.family, f.style, assets.Read(f.file)})
			continue
		}
		pick := map[string]*book.FontFile{"": fam.Regular, "B": fam.Bold, "I": fam.Italic, "BI": fam.BoldItalic}[f.style]
		if pick == nil && f.style == "BI" {
			pick = fam.Bold
		}
		if pick == nil {
			pick = fam.Regular
		}
		set = append(set, fontFile{f.family, f.style, pick.Data})
	}
	return set
}

// defaultFontSet is the built-in fonts alone.
func defaultFontSet() fontSet { return fontsFor(&book.Book{}) }

// registerFonts embeds the fonts in p.
func registerFonts(p *fpdf.Fpdf, set fontSet) {
	for _, f := range set {
		p.AddUTF8FontFromBytes(f.family, f.style, f.data)
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

func newFontMeasurer() fontMeasurer { return newFontMeasurerFor(defaultFontSet()) }

// newFontMeasurerFor measures with the fonts of one build.
func newFontMeasurerFor(set fontSet) fontMeasurer {
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 612, Ht: 792}}) // a page size is needed; measuring draws nothing
	registerFonts(p, set)
	return fontMeasurer{p}
}

func (m fontMeasurer) width(s string, st style) float64 {
	useFont(m.p, st)
	return m.p.GetStringWidth(s)
}
