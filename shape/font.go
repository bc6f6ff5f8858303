// Package shape is Quire's text engine: it loads OpenType fonts (TrueType
// or CFF outlines, single files or collections), itemises text into runs
// by direction, script and font (with a fallback chain per style and,
// beyond it, the system's fonts), and shapes each run with HarfBuzz's
// rules (github.com/go-text/typesetting, a Go port of HarfBuzz): kerning,
// ligatures, Arabic joining, Indic reordering, mark positioning. The PDF
// renderer measures and draws with it, and the cover draws with it.
//
// Results are in thousandths of an em, the unit of PDF glyph widths.
package shape

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
	"github.com/go-text/typesetting/language"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Font is one face of a font file, parsed once. It is safe for concurrent
// use.
type Font struct {
	// Data is the whole file and Index the face's place in it (0 for a
	// file that is not a collection).
	Data  []byte
	Index int
	// Path is the file the font was read from, for messages; "" for a
	// bundled font.
	Path string
	// Family is the family name from the font's name table.
	Family string
	// PostScript is a name for the font usable as a PDF BaseFont (letters,
	// digits and hyphens only).
	PostScript string
	// CFF is set for PostScript (CFF) outlines, clear for TrueType.
	CFF bool
	// Bold, Italic and Fixed describe the face (from OS/2 and post).
	Bold, Italic, Fixed bool
	// Metrics in thousandths of an em.
	Ascent, Descent, CapHeight, ItalicAngle float64
	BBox                                    [4]float64

	cmap      font.Cmap
	hmtxOnce  sync.Once
	advances  []float32  // see Advance
	ld        *ot.Loader // until parsed
	parse     sync.Once
	ft        *font.Font // see font
	upem      float64
	numGlyphs int
	scripts   sync.Map // language.Script -> bool, see supports
}

// Load parses face index of an OpenType file (.ttf, .otf) or collection
// (.ttc, .otc).
func Load(data []byte, index int, path string) (*Font, error) {
	lds, err := ot.NewLoaders(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not an OpenType font: %v", err)
	}
	if index < 0 || index >= len(lds) {
		return nil, fmt.Errorf("the collection has %d fonts, not %d", len(lds), index+1)
	}
	ld := lds[index]
	// The character map and the metrics are read now; the rest (layout
	// tables, outlines) when the font first shapes or draws, so that a
	// fallback font that no character of the book needs costs little.
	rawCmap, ok := tableOf(ld, "cmap")
	if !ok {
		return nil, fmt.Errorf("the font has no character map (cmap)")
	}
	tb, _, err := tables.ParseCmap(rawCmap)
	if err != nil {
		return nil, fmt.Errorf("its character map: %v", err)
	}
	cmap, _, err := font.ProcessCmap(tb, 0)
	if err != nil {
		return nil, fmt.Errorf("its character map: %v", err)
	}
	f := &Font{Data: data, Index: index, Path: path, cmap: cmap, ld: ld, upem: 1000}
	if head, ok := tableOf(ld, "head"); ok && len(head) >= 54 {
		if u := binary.BigEndian.Uint16(head[18:]); u >= 16 {
			f.upem = float64(u)
		}
	}
	_, hasCFF := tableOf(ld, "CFF ")
	_, hasGlyf := tableOf(ld, "glyf")
	if _, cff2 := tableOf(ld, "CFF2"); cff2 && !hasCFF {
		return nil, fmt.Errorf("CFF2 (variable PostScript) outlines are not supported")
	}
	if !hasCFF && !hasGlyf {
		return nil, fmt.Errorf("the font has no outlines (neither glyf nor CFF)")
	}
	f.CFF = hasCFF && !hasGlyf
	d, _ := font.Describe(ld, nil)
	f.Family = d.Family
	f.Bold = d.Aspect.Weight >= font.WeightSemibold
	f.Italic = d.Aspect.Style == font.StyleItalic
	if hhea, ok := tableOf(ld, "hhea"); ok && len(hhea) >= 8 {
		f.Ascent = f.units(float32(int16(binary.BigEndian.Uint16(hhea[4:]))))
		f.Descent = f.units(float32(int16(binary.BigEndian.Uint16(hhea[6:]))))
	}
	if os2, ok := tableOf(ld, "OS/2"); ok && len(os2) >= 90 && binary.BigEndian.Uint16(os2) >= 2 {
		f.CapHeight = f.units(float32(int16(binary.BigEndian.Uint16(os2[88:]))))
	}
	if f.CapHeight <= 0 {
		f.CapHeight = f.Ascent
	}
	if head, ok := tableOf(ld, "head"); ok && len(head) >= 54 {
		for i := range 4 {
			f.BBox[i] = f.units(float32(int16(binary.BigEndian.Uint16(head[36+2*i:]))))
		}
	}
	if post, ok := tableOf(ld, "post"); ok && len(post) >= 16 {
		f.ItalicAngle = float64(int32(binary.BigEndian.Uint32(post[4:]))) / 65536
		f.Fixed = binary.BigEndian.Uint32(post[12:]) != 0
	}
	if maxp, ok := tableOf(ld, "maxp"); ok && len(maxp) >= 6 {
		f.numGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	}
	f.PostScript = psName(f.Family, f.Bold, f.Italic)
	return f, nil
}

// font returns the font as the shaper reads it, parsed on first use: its
// layout tables and metrics, without its outlines (go-text parses every
// glyph of a glyf table up front: megabytes a font that shaping does not
// need). A font whose tables fail to parse is replaced by its character
// map alone: it still shapes, without layout features.
func (f *Font) font() *font.Font {
	f.parse.Do(func() {
		var ft *font.Font
		ld, err := ot.NewLoader(bytes.NewReader(layoutTables(f.ld)))
		if err == nil {
			ft, err = font.NewFont(ld)
		}
		if err != nil {
			ft = &font.Font{Cmap: f.cmap}
		}
		f.ft = ft
	})
	return f.ft
}

// shapingTables are the tables the shaper reads.
var shapingTables = []string{"cmap", "head", "hhea", "hmtx", "maxp", "OS/2", "GDEF", "GSUB", "GPOS", "kern", "vhea", "vmtx", "morx", "kerx", "trak", "ankr", "feat", "fvar", "avar", "HVAR", "MVAR", "STAT"}

// layoutTables writes a font file of the face's shaping tables alone.
func layoutTables(ld *ot.Loader) []byte {
	type table struct {
		tag  string
		data []byte
	}
	var ts []table
	for _, tag := range shapingTables {
		if b, ok := tableOf(ld, tag); ok {
			ts = append(ts, table{tag, b})
		}
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].tag < ts[j].tag })
	out := binary.BigEndian.AppendUint32(nil, 0x00010000)
	out = binary.BigEndian.AppendUint16(out, uint16(len(ts)))
	out = append(out, 0, 0, 0, 0, 0, 0) // search hints: go-text does not read them
	off := 12 + 16*len(ts)
	for _, t := range ts {
		out = append(out, t.tag...)
		out = binary.BigEndian.AppendUint32(out, 0) // checksum: not read
		out = binary.BigEndian.AppendUint32(out, uint32(off))
		out = binary.BigEndian.AppendUint32(out, uint32(len(t.data)))
		off += (len(t.data) + 3) &^ 3
	}
	for _, t := range ts {
		out = append(out, t.data...)
		out = append(out, make([]byte, (4-len(t.data)%4)%4)...)
	}
	return out
}

// tableOf returns a table's bytes.
func tableOf(ld *ot.Loader, tag string) ([]byte, bool) {
	b, err := ld.RawTable(ot.MustNewTag(tag))
	return b, err == nil && len(b) > 0
}

// psName makes a PDF base font name from a family and its style.
func psName(family string, bold, italic bool) string {
	var b strings.Builder
	for _, r := range family {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		b.WriteString("Font")
	}
	switch {
	case bold && italic:
		b.WriteString("-BoldItalic")
	case bold:
		b.WriteString("-Bold")
	case italic:
		b.WriteString("-Italic")
	default:
		b.WriteString("-Regular")
	}
	return b.String()
}

// units converts font units to thousandths of an em.
func (f *Font) units(v float32) float64 { return float64(v) * 1000 / f.upem }

// Has reports whether the font maps r to a glyph.
func (f *Font) Has(r rune) bool {
	_, ok := f.cmap.Lookup(r)
	return ok
}

// NumGlyphs is the number of glyphs in the font.
func (f *Font) NumGlyphs() int { return f.numGlyphs }

// Advance is the advance width of glyph gid in thousandths of an em, as
// the font's hmtx table gives it.
func (f *Font) Advance(gid uint16) float64 {
	f.hmtxOnce.Do(func() {
		f.advances = make([]float32, f.numGlyphs)
		face := font.NewFace(f.font())
		for i := range f.advances {
			f.advances[i] = float32(f.units(face.HorizontalAdvance(font.GID(i))))
		}
	})
	if int(gid) >= len(f.advances) {
		return 0
	}
	return float64(f.advances[gid])
}

// Outliner reads a font's glyph outlines, one glyph at a time, as it is
// asked (golang.org/x/image's sfnt reader: go-text would parse every
// glyph of the font first). Not safe for concurrent use.
type Outliner struct {
	f   *Font
	sf  *sfnt.Font
	buf sfnt.Buffer
}

// Outliner returns an outline reader of the font.
func (f *Font) Outliner() *Outliner {
	o := &Outliner{f: f}
	if c, err := sfnt.ParseCollection(f.Data); err == nil {
		o.sf, _ = c.Font(f.Index)
	}
	return o
}

// Outline returns the outline of glyph gid as path segments, in
// thousandths of an em with y growing upwards; ok is false for a glyph
// without an outline (a bitmap or colour glyph) or a font the reader
// cannot read.
func (o *Outliner) Outline(gid uint16) (segs []Segment, ok bool) {
	if o.sf == nil {
		return nil, false
	}
	// At a size of upem pixels, 26.6 coordinates are font units × 64.
	ss, err := o.sf.LoadGlyph(&o.buf, sfnt.GlyphIndex(gid), fixed.Int26_6(o.f.upem*64), nil)
	if err != nil {
		return nil, false
	}
	segs = make([]Segment, len(ss))
	for i, s := range ss {
		segs[i].Op = SegmentOp(s.Op)
		n := 1
		switch s.Op {
		case sfnt.SegmentOpQuadTo:
			n = 2
		case sfnt.SegmentOpCubeTo:
			n = 3
		}
		for j := range n {
			p := s.Args[j]
			segs[i].Args[j] = [2]float64{o.f.units(float32(p.X) / 64), -o.f.units(float32(p.Y) / 64)}
		}
	}
	return segs, true
}

// SegmentOp is the kind of a path segment.
type SegmentOp uint8

// The segment kinds, as go-text numbers them.
const (
	MoveTo SegmentOp = iota
	LineTo
	QuadTo
	CubeTo
)

// Segment is one step of a glyph outline: Args holds 1, 1, 2 or 3 points
// for MoveTo, LineTo, QuadTo and CubeTo.
type Segment struct {
	Op   SegmentOp
	Args [3][2]float64
}

// supports reports whether the font covers script sc well: at least four
// in five of the script's letters (those below U+3000, or, for a script
// with none there, those of the rest of the Basic Multilingual Plane).
// A font that has a few letters of a script (Charis's handful of Greek) is
// passed over for one that has them all, so that a text does not mix two
// designs letter by letter.
func (f *Font) supports(sc language.Script) bool {
	if v, ok := f.scripts.Load(sc); ok {
		return v.(bool)
	}
	var have, all int
	count := func(lo, hi rune) {
		for r := lo; r < hi; r++ {
			if unicode.IsLetter(r) && language.LookupScript(r) == sc {
				all++
				if _, ok := f.cmap.Lookup(r); ok {
					have++
				}
			}
		}
	}
	count(0, 0x3000)
	if all == 0 {
		count(0x3000, 0x10000)
	}
	ok := all == 0 || have*5 >= all*4
	f.scripts.Store(sc, ok)
	return ok
}
