// Package cover draws a typographic book cover: the title, subtitle and
// authors set in the embedded fonts on a plain dark background, as a PNG of
// store size. It is a pure function of its input: the same title, subtitle,
// authors and options always give the same bytes.
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
	"strings"
	"sync"

	"github.com/quire-books/quire/assets"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Store size: the 1:1.6 cover the e-book stores ask for (Kindle's
// recommended 1600 × 2560; Apple and Kobo take it too).
const (
	Width  = 1600
	Height = 2560
)

// Options changes how a cover is drawn. The zero value draws a cover of
// store size.
type Options struct {
	// Width and Height are the cover's size in pixels; 0 means store size
	// (Width × Height). Both must be at least 200 when set.
	Width, Height int
}

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
// to the width and set smaller when it is long, so it always fits its part
// of the cover (text beyond the smallest size's room ends with "…"). Letters
// none of the embedded fonts has (see Missing) are left out.
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
	fs, err := loadFonts()
	if err != nil {
		return nil, err
	}
	sc := SchemeFor(title)
	// Text is drawn as coverage into one mask per colour; the masks then
	// become a paletted image (a quarter of RGBA's bytes to compress).
	ink := image.NewAlpha(image.Rect(0, 0, w, h))
	accent := image.NewAlpha(image.Rect(0, 0, w, h))

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
	tb := fit(fs.bold, title, 148*u, 44*u, textW, titleRoom, 1.2)
	y := tb.draw(ink, margin, top)
	if strings.TrimSpace(subtitle) != "" {
		y += int(tb.size * 0.55)
		sb := fit(fs.italic, subtitle, 78*u, 32*u, textW, bottom-y, 1.28)
		sb.draw(accent, margin, y)
	}

	// Foot: the authors, one line each when there is room.
	if len(authors) > 0 {
		rule(px(2040), max(1, int(6*u)))
		ab := fitLines(fs.regular, authors, 96*u, 36*u, textW, px(2400)-px(2120), 1.15)
		ab.draw(ink, margin, px(2120))
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

// Missing returns the letters of text that none of the embedded fonts can
// draw (each once, in order): a cover leaves them out.
func Missing(text string) []rune {
	fs, err := loadFonts()
	if err != nil {
		return nil
	}
	var out []rune
	seen := map[rune]bool{}
	for _, r := range text {
		if seen[r] || r < ' ' || isSpace(r) {
			continue
		}
		seen[r] = true
		if _, ok := fs.regular.pick(r); !ok {
			out = append(out, r)
		}
	}
	return out
}

// fonts are the cover's three styles, each with its fallback.
type fonts struct {
	bold, italic, regular *family
}

// family is a font with a fallback for the letters it lacks: Charis SIL
// (Latin, Greek, Cyrillic) falling back to DejaVu Sans Mono.
type family struct {
	fonts []*sfnt.Font
	buf   sfnt.Buffer
}

// loadFonts returns the cover's font families, each with a buffer of its
// own: the fonts themselves are parsed once per process (sfnt's fonts are
// safe for concurrent use, given distinct buffers), as Draw and Missing
// both need them, in every build of a book without a cover.
func loadFonts() (*fonts, error) {
	parsed, err := parsedFonts()
	if err != nil {
		return nil, err
	}
	fam := func(primary, fallback string) *family {
		return &family{fonts: []*sfnt.Font{parsed[primary], parsed[fallback]}}
	}
	return &fonts{
		bold:    fam("CharisSIL-Bold.ttf", "DejaVuSansMono-Bold.ttf"),
		italic:  fam("CharisSIL-Italic.ttf", "DejaVuSansMono.ttf"),
		regular: fam("CharisSIL-Regular.ttf", "DejaVuSansMono.ttf"),
	}, nil
}

// parsedFonts parses the embedded fonts the cover uses, once.
var parsedFonts = sync.OnceValues(func() (map[string]*sfnt.Font, error) {
	out := map[string]*sfnt.Font{}
	for _, name := range []string{"CharisSIL-Bold.ttf", "CharisSIL-Italic.ttf", "CharisSIL-Regular.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono.ttf"} {
		f, err := opentype.Parse(assets.Read("fonts/" + name))
		if err != nil {
			return nil, fmt.Errorf("cover: font %s: %w", name, err)
		}
		out[name] = f
	}
	return out, nil
})

// pick returns the index of the first font that has a glyph for r.
func (f *family) pick(r rune) (int, bool) {
	for i, fn := range f.fonts {
		if g, err := fn.GlyphIndex(&f.buf, r); err == nil && g != 0 {
			return i, true
		}
	}
	return 0, false
}

// faces are a family's fonts at one size.
type faces []font.Face

func (f *family) at(size float64) faces {
	out := make(faces, len(f.fonts))
	for i, fn := range f.fonts {
		fc, err := opentype.NewFace(fn, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
		if err != nil {
			// NewFace fails only for a non-positive size, which fit never asks.
			panic("cover: " + err.Error())
		}
		out[i] = fc
	}
	return out
}

// run is a piece of a line set in one font of the family.
type run struct {
	font int
	text string
}

// runs splits text into runs by the font that has each letter; letters no
// font has are dropped.
func (f *family) runs(text string) []run {
	var out []run
	for _, r := range text {
		i, ok := f.pick(r)
		if !ok {
			if !isSpace(r) {
				continue
			}
			i = 0
		}
		if n := len(out); n > 0 && out[n-1].font == i {
			out[n-1].text += string(r)
			continue
		}
		out = append(out, run{i, string(r)})
	}
	return out
}

func (f *family) measure(fc faces, text string) int {
	var w fixed.Int26_6
	for _, r := range f.runs(text) {
		w += font.MeasureString(fc[r.font], r.text)
	}
	return w.Ceil()
}

// block is text set at one size, broken into lines.
type block struct {
	fam     *family
	faces   faces
	size    float64
	leading int
	lines   []string
}

// fit sets text in lines no wider than width, at the largest size from
// maxSize down to minSize whose lines fit in height. At minSize, lines that
// do not fit are dropped and the last one kept ends with "…".
func fit(fam *family, text string, maxSize, minSize float64, width, height int, leading float64) block {
	return fitLines(fam, []string{text}, maxSize, minSize, width, height, leading)
}

// fitLines is fit for paragraphs that each start a new line.
func fitLines(fam *family, paras []string, maxSize, minSize float64, width, height int, leading float64) block {
	for size := maxSize; ; size *= 0.92 {
		if size < minSize {
			size = minSize
		}
		fc := fam.at(size)
		b := block{fam: fam, faces: fc, size: size, leading: int(size*leading + 0.5)}
		for _, p := range paras {
			b.lines = append(b.lines, wrap(fam, fc, p, width)...)
		}
		fits := (len(b.lines)-1)*b.leading+int(size) <= height
		if fits || size == minSize {
			if !fits {
				n := max(1, (height-int(size))/b.leading+1)
				b.lines = b.lines[:n]
				b.lines[n-1] = ellipsis(fam, fc, b.lines[n-1], width)
			}
			return b
		}
	}
}

// wrap breaks text at spaces into lines no wider than width; a word wider
// than the line is broken between letters.
func wrap(fam *family, fc faces, text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if fam.measure(fc, try) <= width {
			line = try
			continue
		}
		if line != "" {
			lines = append(lines, line)
			line = ""
		}
		for fam.measure(fc, w) > width {
			head := breakWord(fam, fc, w, width)
			lines = append(lines, head)
			w = w[len(head):]
		}
		line = w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// breakWord returns the longest start of w (at least one letter) that fits
// in width.
func breakWord(fam *family, fc faces, w string, width int) string {
	rs := []rune(w)
	n := 1
	for n < len(rs) && fam.measure(fc, string(rs[:n+1])) <= width {
		n++
	}
	return string(rs[:n])
}

// ellipsis ends line with "…", shortening it until it fits in width.
func ellipsis(fam *family, fc faces, line string, width int) string {
	rs := []rune(strings.TrimSpace(line))
	for len(rs) > 0 && fam.measure(fc, string(rs)+"…") > width {
		rs = rs[:len(rs)-1]
	}
	return strings.TrimSpace(string(rs)) + "…"
}

// draw sets the block's lines left-aligned, the first line's top at y, and
// returns the y below the last line.
func (b block) draw(mask *image.Alpha, x, y int) int {
	src := image.Opaque
	base := y + int(b.size*0.75) // cap height of Charis is about 0.7 em
	for _, l := range b.lines {
		d := font.Drawer{Dst: mask, Src: src, Dot: fixed.P(x, base)}
		for _, r := range b.fam.runs(l) {
			d.Face = b.faces[r.font]
			d.DrawString(r.text)
		}
		base += b.leading
	}
	return base - b.leading + int(b.size*0.3)
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\u00a0'
}
