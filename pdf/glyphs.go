package pdf

import (
	"fmt"
	"hash/fnv"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/quire-books/quire/third_party/fpdf"

	"github.com/quire-books/quire/fontsub"
	"github.com/quire-books/quire/shape"
)

// glyphFonts are the fonts one document shows glyphs in, each embedded as
// a subset of the glyphs it shows (a Type 0 font with Identity-H
// encoding: a glyph's code is its id) with a ToUnicode map, so that text
// search, copying and extraction give back the characters.
type glyphFonts struct {
	p      *fpdf.Fpdf
	byFont map[*shape.Font]*glyphFont
	order  []*glyphFont // in order of first use
	body   []byte       // the text object being built
	// tf and tfSize are the font and size the object sets last.
	tf     *glyphFont
	tfSize float64
}

// glyphFont is one embedded font: the glyphs shown, and the text each
// stands for.
type glyphFont struct {
	f    *shape.Font
	name string // resource name
	// text maps a glyph to its characters (ToUnicode), as first seen
	// alone in its cluster; used marks every glyph shown. Both are indexed
	// by glyph id.
	text []string
	used []bool
}

func newGlyphFonts(p *fpdf.Fpdf) *glyphFonts {
	return &glyphFonts{p: p, byFont: map[*shape.Font]*glyphFont{}}
}

// font returns the embedded font of f, adding it on first use.
func (g *glyphFonts) font(f *shape.Font) *glyphFont {
	gf, ok := g.byFont[f]
	if !ok {
		n := f.NumGlyphs()
		gf = &glyphFont{f: f, text: make([]string, n), used: make([]bool, n)}
		gf.name = g.p.AddResourceFont(gf.write)
		g.byFont[f] = gf
		g.order = append(g.order, gf)
	}
	return gf
}

// width is glyph id's advance as the PDF knows it: in thousandths of an
// em, to the hundredth, as the /W array has it (shaped advances are as
// fine, so only kerning moves a glyph off its width).
func (gf *glyphFont) width(id uint16) float64 {
	return math.Round(gf.f.Advance(id)*100) / 100
}

// show draws text in st with its left edge at x and its baseline at y.
func (r *renderer) show(x, y float64, text string, st style) {
	r.glyphs.show(x, y, r.shaped(text, st), st.size)
}

// shaped is text shaped in st.
func (r *renderer) shaped(text string, st style) *shape.Text {
	if st.smallCaps {
		return r.env.smallCaps.Shape(text, shape.Style(st.face.index()))
	}
	return r.env.engine.Shape(text, shape.Style(st.face.index()))
}

// show draws t with its left edge at x and its baseline at y (in points
// from the page's top), at size, in the current text colour. Runs of
// different directions are put in visual order.
func (g *glyphFonts) show(x, y float64, t *shape.Text, size float64) {
	g.begin()
	g.add(x, y, t, size)
	g.end()
}

// begin starts a text object, which add fills and end writes: the words of
// a line in one colour go in one object, the font set once for all of them
// that share it.
func (g *glyphFonts) begin() {
	g.body, g.tf, g.tfSize = g.body[:0], nil, 0
}

// add adds t to the text object, drawn as show draws it.
func (g *glyphFonts) add(x, y float64, t *shape.Text, size float64) {
	pageH := g.p.PageHeightPt()
	b := g.body
	for _, i := range shape.VisualOrder(t.Runs) {
		run := &t.Runs[i]
		gf := g.font(run.Font)
		if gf != g.tf || size != g.tfSize {
			b = append(b, " /"...)
			b = append(b, gf.name...)
			b = append(b, ' ')
			b = appendNum(b, size)
			b = append(b, " Tf"...)
			g.tf, g.tfSize = gf, size
		}
		b, x = gf.appendRun(b, run, x, pageH-y, size)
	}
	g.body = b
}

// end writes the text object, if it shows anything.
func (g *glyphFonts) end() {
	if len(g.body) > 0 {
		g.p.TextObject(g.body[1:]) // the leading space of the first operator
	}
}

// appendRun appends the operators that show run with its left edge at x
// and baseline at y (PDF coordinates), and returns them and the x after
// the run. Glyphs go into TJ arrays, with an adjustment wherever the shaped
// advance (kerning) differs from the glyph's width; a glyph moved off the
// baseline (a mark) starts an array of its own, and so does a cluster whose
// glyphs do not spell its text (a reordered or split cluster), which is
// wrapped in /ActualText.
func (gf *glyphFont) appendRun(b []byte, run *shape.Run, x, y, size float64) ([]byte, float64) {
	scale := size / 1000
	open := false // a TJ array is open
	closeTJ := func() {
		if open {
			b = append(b, "] TJ"...)
			open = false
		}
	}
	startTJ := func(gx, gy float64) {
		closeTJ()
		b = append(b, " 1 0 0 1 "...)
		b = appendNum(b, gx)
		b = append(b, ' ')
		b = appendNum(b, gy)
		b = append(b, " Tm ["...)
		open = true
	}
	gs := run.Glyphs
	for i := 0; i < len(gs); {
		n := 1
		if gs[i].Text != "" && gs[i].Clusters > 1 {
			n = min(int(gs[i].Clusters), len(gs)-i)
		}
		cluster := gs[i : i+n]
		actual := gf.note(cluster, run.RTL())
		if actual {
			closeTJ()
			b = append(b, " /Span <</ActualText <FEFF"...)
			b = appendUTF16Hex(b, cluster[0].Text)
			b = append(b, ">>> BDC"...)
		}
		for k := range cluster {
			gl := &cluster[k]
			dx, dy := run.Offset(i + k)
			moved := dx != 0 || dy != 0
			if !open || moved {
				startTJ(x+float64(dx)*scale, y+float64(dy)*scale)
			}
			b = append(b, '<')
			b = appendHex4(b, gl.ID)
			b = append(b, '>')
			if adj := gf.width(gl.ID) - float64(gl.Advance); adj > 0.05 || adj < -0.05 || moved {
				if moved {
					// The next glyph starts an array of its own.
					closeTJ()
				} else {
					b = append(b, ' ')
					b = appendNum(b, adj)
					b = append(b, ' ')
				}
			}
			x += float64(gl.Advance) * scale
		}
		if actual {
			closeTJ()
			b = append(b, " EMC"...)
		}
		i += n
	}
	closeTJ()
	return b, x
}

// note records the glyphs of a cluster as used and, when it is one glyph
// seen for the first time, the text it stands for; it reports whether
// the cluster needs /ActualText: its glyphs' texts, in reading order, do
// not spell the cluster's text.
func (gf *glyphFont) note(cluster []shape.Glyph, rtl bool) bool {
	text := cluster[0].Text
	for _, gl := range cluster {
		if int(gl.ID) >= len(gf.used) {
			return true // not a glyph of the font: shaping never gives one
		}
		gf.used[gl.ID] = true
	}
	if len(cluster) == 1 {
		if id := cluster[0].ID; gf.text[id] == "" {
			gf.text[id] = text
		}
		return gf.text[cluster[0].ID] != text
	}
	var sb strings.Builder
	for k := range cluster {
		gl := cluster[k]
		if rtl {
			gl = cluster[len(cluster)-1-k]
		}
		sb.WriteString(gf.text[gl.ID])
	}
	return sb.String() != text
}

// appendNum appends v rounded to two decimals, without trailing zeros.
func appendNum(b []byte, v float64) []byte {
	n := int64(v*100 + 0.5)
	if v < 0 {
		n = int64(v*100 - 0.5)
	}
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/100, 10)
	if f := n % 100; f != 0 {
		b = append(b, '.', byte('0'+f/10))
		if f%10 != 0 {
			b = append(b, byte('0'+f%10))
		}
	}
	return b
}

const hexDigits = "0123456789ABCDEF"

func appendHex4(b []byte, v uint16) []byte {
	return append(b, hexDigits[v>>12], hexDigits[v>>8&15], hexDigits[v>>4&15], hexDigits[v&15])
}

// appendUTF16Hex appends s as UTF-16BE in hex.
func appendUTF16Hex(b []byte, s string) []byte {
	for _, r := range s {
		if r >= 0x10000 {
			r1, r2 := utf16.EncodeRune(r)
			b = appendHex4(b, uint16(r1))
			b = appendHex4(b, uint16(r2))
			continue
		}
		b = appendHex4(b, uint16(r))
	}
	return b
}

// write writes the font's objects: the Type 0 font, its CIDFont, the font
// descriptor, the subset font program and the ToUnicode map. It returns
// the number of the Type 0 font.
func (gf *glyphFont) write(w *fpdf.ObjectWriter) (int, error) {
	var ids []uint16
	for id, used := range gf.used {
		if used {
			ids = append(ids, uint16(id))
		}
	}
	prog, kind, err := fontsub.Subset(gf.f.Data, gf.f.Index, ids)
	if err != nil {
		return 0, fmt.Errorf("embedding %s: %v", gf.describe(), err)
	}
	base := subsetTag(gf.f.PostScript, ids) + "+" + gf.f.PostScript
	n := w.Next()
	type0, cid, desc, file, toUni := n, n+1, n+2, n+3, n+4

	w.Object(fmt.Appendf(nil, "<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>", base, cid, toUni))

	var cb []byte
	subtype := "CIDFontType2"
	if kind == fontsub.CFF {
		subtype = "CIDFontType0"
	}
	cb = fmt.Appendf(cb, "<</Type /Font /Subtype /%s /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor %d 0 R /DW 1000 /W [", subtype, base, desc)
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[j-1]+1 {
			j++
		}
		cb = strconv.AppendInt(cb, int64(ids[i]), 10)
		cb = append(cb, " ["...)
		for k := i; k < j; k++ {
			if k > i {
				cb = append(cb, ' ')
			}
			cb = appendNum(cb, gf.width(ids[k]))
		}
		cb = append(cb, "] "...)
		i = j
	}
	cb = append(cb, ']')
	if kind == fontsub.TrueType {
		cb = append(cb, " /CIDToGIDMap /Identity"...)
	}
	cb = append(cb, ">>"...)
	w.Object(cb)

	f := gf.f
	flags := 4 // symbolic: the glyphs are not of the standard Latin set
	if f.Fixed {
		flags |= 1
	}
	if !strings.Contains(strings.ToLower(f.Family), "sans") {
		flags |= 2
	}
	if f.Italic {
		flags |= 64
	}
	fileKey := "FontFile2"
	if kind == fontsub.CFF {
		fileKey = "FontFile3"
	}
	w.Object(fmt.Appendf(nil, "<</Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %s /Ascent %d /Descent %d /CapHeight %d /StemV 80 /%s %d 0 R>>",
		base, flags, int(f.BBox[0]), int(f.BBox[1]), int(f.BBox[2]), int(f.BBox[3]),
		strconv.FormatFloat(f.ItalicAngle, 'f', -1, 64), int(f.Ascent), int(f.Descent), int(f.CapHeight), fileKey, file))

	dict := " /Filter /FlateDecode"
	if kind == fontsub.CFF {
		dict += " /Subtype /CIDFontType0C"
	} else {
		dict += " /Length1 " + strconv.Itoa(len(prog))
	}
	w.Stream(dict, w.Compress(prog))
	w.Stream(" /Filter /FlateDecode", w.Compress(gf.toUnicode(ids)))
	return type0, nil
}

// describe names the font for messages.
func (gf *glyphFont) describe() string { return describeFont(gf.f) }

// describeFont names a font for messages: its family, and its file when it
// is not a bundled one.
func describeFont(f *shape.Font) string {
	if f.Path != "" {
		return f.Family + " (" + f.Path + ")"
	}
	return f.PostScript + " (bundled)"
}

// fonts lists the fonts drawn with, in order of first use.
func (g *glyphFonts) fonts() []*shape.Font {
	out := make([]*shape.Font, len(g.order))
	for i, gf := range g.order {
		out[i] = gf.f
	}
	return out
}

// toUnicode is the font's ToUnicode CMap: each glyph with a text maps to
// it.
func (gf *glyphFont) toUnicode(ids []uint16) []byte {
	var b []byte
	b = append(b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"...)
	var mapped []uint16
	for _, id := range ids {
		if gf.text[id] != "" {
			mapped = append(mapped, id)
		}
	}
	for i := 0; i < len(mapped); i += 100 {
		chunk := mapped[i:min(i+100, len(mapped))]
		b = strconv.AppendInt(b, int64(len(chunk)), 10)
		b = append(b, " beginbfchar\n"...)
		for _, id := range chunk {
			b = append(b, '<')
			b = appendHex4(b, id)
			b = append(b, "> <"...)
			b = appendUTF16Hex(b, gf.text[id])
			b = append(b, ">\n"...)
		}
		b = append(b, "endbfchar\n"...)
	}
	b = append(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"...)
	return b
}

// subsetTag is the six capital letters that name a subset: from the
// font's name and glyphs, so the same subset has the same tag in every
// build.
func subsetTag(name string, ids []uint16) string {
	h := fnv.New64a()
	h.Write([]byte(name))
	for _, id := range ids {
		h.Write([]byte{byte(id >> 8), byte(id)})
	}
	v := h.Sum64()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = byte('A' + v%26)
		v /= 26
	}
	return string(tag)
}
