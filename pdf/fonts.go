package pdf

import (
	"sync"
	"unicode/utf8"

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

// fontMeasurer measures with the embedded fonts. fpdf's width of a string
// is the sum of its runes' advance widths (in thousandths of the size; no
// kerning) times the size, so the measurer keeps each face's advance
// widths in a table and sums them, exactly as fpdf does, without going
// through fpdf and its font switching for every string. The tables of the
// common runes (below tableRunes: the Latin, Greek and Cyrillic scripts,
// punctuation, arrows, symbols) are filled when the measurer is made and
// never change, so one measurer serves every goroutine; the advance of a
// rarer rune is asked of fpdf, under a lock, once.
type fontMeasurer struct {
	widths [numFaces][]int32

	mu   sync.Mutex
	p    *fpdf.Fpdf // a page-less document of its own: measuring never writes to the PDF being made
	rare map[faceRune]int
}

// tableRunes is the number of runes whose widths are in the tables.
const tableRunes = 0x3000

// numFaces is the number of faces: regular, bold, italic and bold italic
// text; regular and bold code.
const numFaces = 6

type faceRune struct {
	face int
	r    rune
}

// index is the face's place in the measurer's tables.
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

func newFontMeasurer() *fontMeasurer { return newFontMeasurerFor(defaultFontSet()) }

// newFontMeasurerFor measures with the fonts of one build.
func newFontMeasurerFor(set fontSet) *fontMeasurer {
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 612, Ht: 792}}) // a page size is needed; measuring draws nothing
	registerFonts(p, set)
	m := &fontMeasurer{p: p, rare: map[faceRune]int{}}
	var buf [utf8.UTFMax]byte
	for i, f := range faces {
		useFont(p, style{face: f, size: 1000})
		w := make([]int32, tableRunes)
		for r := range rune(tableRunes) {
			w[r] = symbolWidth(p, string(buf[:utf8.EncodeRune(buf[:], r)]))
		}
		m.widths[i] = w
	}
	return m
}

// width is fpdf's GetStringWidth of s in st (the unit is the point).
func (m *fontMeasurer) width(s string, st style) float64 {
	fi := st.face.index()
	table := m.widths[fi]
	w := 0
	for _, r := range s {
		if r >= 0 && r < tableRunes && table[r] >= 0 {
			w += int(table[r])
		} else {
			w += m.rareWidth(fi, r)
		}
	}
	return float64(w) * st.size / 1000
}

// symbolWidth is fpdf's width of s in the current font, or -1 where fpdf
// panics (a rune just past the end of a font's width table): width then
// asks fpdf again, when setting the book, where the panic becomes an
// error.
func symbolWidth(p *fpdf.Fpdf, s string) (w int32) {
	defer func() {
		if recover() != nil {
			w = -1
		}
	}()
	return int32(p.GetStringSymbolWidth(s))
}

// rareWidth is the advance width of a rune beyond the tables.
func (m *fontMeasurer) rareWidth(fi int, r rune) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := faceRune{fi, r}
	w, ok := m.rare[k]
	if !ok {
		useFont(m.p, style{face: faces[fi], size: 1000})
		w = m.p.GetStringSymbolWidth(string(r))
		m.rare[k] = w
	}
	return w
}
