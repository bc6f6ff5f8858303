package scripts

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// The XML that `mutool draw -F xmltext` writes (MuPDF 1.21; checked on real
// output, see testdata/xmltext-sample.xml): one <page> per page, holding
// <span> elements, one per run of text the PDF shows, each with
//
//	trm="a b c d e f"   the text rendering matrix (font size × Tm)
//	ctm="a b c d e f"   the current transformation matrix
//	font_name, wmode, bidi_level, …
//
// and one <char> per character:
//
//	x, y    the glyph origin on the page, in points (ctm applied)
//	gid     the glyph id drawn; 0 is .notdef, -1 a character with no glyph
//	        of its own (the second and later characters of a ligature)
//	ucs     the Unicode code point (decimal) that the PDF maps the glyph to
//	adv     the glyph's advance in text space (em fraction, before trm)
//
// Images come as <image> elements with hex data, which are skipped.

// Glyph is one <char> of the xmltext output.
type Glyph struct {
	X, Y float64
	GID  int
	UCS  rune
	Adv  float64 // advance on the page, in points, along the text direction
	// DirX, DirY is the unit vector of the text direction on the page.
	DirX, DirY float64
	Size       float64 // the font size on the page, in points
}

// Span is one <span>: glyphs drawn by one text-showing run.
type Span struct {
	Font string
	Bidi int
	// Type3 says the font is a Type 3 font, whose glyph numbers are
	// character codes: glyph 0 is then no .notdef (see MarkType3).
	Type3  bool
	Glyphs []Glyph
}

// MarkType3 marks the spans whose font is one of the Type 3 fonts named
// (as `mutool info -F` names them; Typst draws colour emoji so).
func MarkType3(pages []Page, names map[string]bool) {
	for i := range pages {
		for j := range pages[i].Spans {
			if names[pages[i].Spans[j].Font] {
				pages[i].Spans[j].Type3 = true
			}
		}
	}
}

// ParseType3Fonts returns the names of the Type 3 fonts in the output of
// `mutool info -F`, whose font lines read "\tN\t(R):\tType3 'Name' (R)".
func ParseType3Fonts(info string) map[string]bool {
	names := map[string]bool{}
	for _, l := range strings.Split(info, "\n") {
		i := strings.Index(l, "\tType3 '")
		if i < 0 {
			continue
		}
		rest := l[i+len("\tType3 '"):]
		if j := strings.IndexByte(rest, '\''); j >= 0 {
			names[rest[:j]] = true
		}
	}
	return names
}

// Page is one <page>.
type Page struct {
	Spans []Span
}

func parseMatrix(s string) ([6]float64, error) {
	var m [6]float64
	f := strings.Fields(s)
	if len(f) != 6 {
		return m, fmt.Errorf("matrix %q: want 6 numbers", s)
	}
	for i, v := range f {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return m, fmt.Errorf("matrix %q: %v", s, err)
		}
		m[i] = x
	}
	return m, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// ParseXMLText reads `mutool draw -F xmltext` output.
func ParseXMLText(r io.Reader) ([]Page, error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	var pages []Page
	var span *Span
	// vx, vy: where the text space vector (1, 0) goes on the page.
	var vx, vy float64
	var size float64
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return pages, fmt.Errorf("scripts: xmltext: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				pages = append(pages, Page{})
			case "image":
				if err := d.Skip(); err != nil {
					return pages, fmt.Errorf("scripts: xmltext: %w", err)
				}
			case "span":
				if len(pages) == 0 {
					pages = append(pages, Page{})
				}
				trm, err := parseMatrix(attr(t, "trm"))
				if err != nil {
					return pages, fmt.Errorf("scripts: xmltext span: %w", err)
				}
				ctm := [6]float64{1, 0, 0, 1, 0, 0}
				if s := attr(t, "ctm"); s != "" {
					if ctm, err = parseMatrix(s); err != nil {
						return pages, fmt.Errorf("scripts: xmltext span: %w", err)
					}
				}
				// (1,0)·trm = (a, b); then ·ctm (linear part).
				vx = trm[0]*ctm[0] + trm[1]*ctm[2]
				vy = trm[0]*ctm[1] + trm[1]*ctm[3]
				// The size: how far (0,1) goes.
				sx := trm[2]*ctm[0] + trm[3]*ctm[2]
				sy := trm[2]*ctm[1] + trm[3]*ctm[3]
				size = math.Hypot(sx, sy)
				bidi, _ := strconv.Atoi(attr(t, "bidi_level"))
				p := &pages[len(pages)-1]
				p.Spans = append(p.Spans, Span{Font: attr(t, "font_name"), Bidi: bidi})
				span = &p.Spans[len(p.Spans)-1]
			case "char":
				if span == nil {
					continue
				}
				var g Glyph
				var err error
				if g.X, err = strconv.ParseFloat(attr(t, "x"), 64); err != nil {
					return pages, fmt.Errorf("scripts: xmltext char x: %w", err)
				}
				if g.Y, err = strconv.ParseFloat(attr(t, "y"), 64); err != nil {
					return pages, fmt.Errorf("scripts: xmltext char y: %w", err)
				}
				if g.GID, err = strconv.Atoi(attr(t, "gid")); err != nil {
					return pages, fmt.Errorf("scripts: xmltext char gid: %w", err)
				}
				u, err := strconv.Atoi(attr(t, "ucs"))
				if err != nil {
					return pages, fmt.Errorf("scripts: xmltext char ucs: %w", err)
				}
				g.UCS = rune(u)
				adv, _ := strconv.ParseFloat(attr(t, "adv"), 64)
				n := math.Hypot(vx, vy)
				g.Adv = adv * n
				if n > 0 {
					g.DirX, g.DirY = vx/n, vy/n
				} else {
					g.DirX = 1
				}
				g.Size = size
				span.Glyphs = append(span.Glyphs, g)
			}
		case xml.EndElement:
			if t.Name.Local == "span" {
				span = nil
			}
		}
	}
	return pages, nil
}

// GlyphStats are the counts taken from the xmltext output.
type GlyphStats struct {
	Pages  int
	Glyphs int // characters drawn with a glyph of their own (gid ≥ 0)
	// Notdef counts the characters drawn with glyph 0, .notdef (a box or
	// nothing); NotdefChars lists up to 12 of them, distinct.
	Notdef      int
	NotdefChars []rune
	// LigatureChars counts the characters with gid -1: the ones that share
	// the glyph of the character before them (the "i" of an "fi" ligature).
	LigatureChars int
	// Pairs counts the pairs of neighbouring glyphs of one span on one line
	// (neither a space) that were measured; Kerned those whose distance differs from
	// the first glyph's advance by more than KernTolerance em but less than
	// MaxKern em (a wider gap is a word space or a jump, not a kern).
	Pairs, Kerned int
}

// KernTolerance and MaxKern bound what counts as a kerned pair, in em.
const (
	KernTolerance = 0.004
	MaxKern       = 0.35
)

// Stats counts .notdef glyphs, ligature characters and kerned pairs.
func Stats(pages []Page) GlyphStats {
	s := GlyphStats{Pages: len(pages)}
	seen := map[rune]bool{}
	for _, p := range pages {
		for _, sp := range p.Spans {
			for i, g := range sp.Glyphs {
				switch {
				case g.GID == 0 && !sp.Type3:
					s.Notdef++
					if !seen[g.UCS] && len(s.NotdefChars) < 12 {
						seen[g.UCS] = true
						s.NotdefChars = append(s.NotdefChars, g.UCS)
					}
				case g.GID < 0:
					s.LigatureChars++
				}
				if g.GID >= 0 {
					s.Glyphs++
				}
				if g.GID < 0 || g.UCS == ' ' || g.UCS == 0xA0 || g.Size == 0 {
					continue
				}
				// The next glyph of the span with a glyph of its own.
				j := i + 1
				for j < len(sp.Glyphs) && sp.Glyphs[j].GID < 0 {
					j++
				}
				if j == len(sp.Glyphs) {
					continue
				}
				h := sp.Glyphs[j]
				if h.UCS == ' ' || h.UCS == 0xA0 {
					continue
				}
				// Distance along the text direction; a glyph off the line (a
				// span that goes on on the next line) ends the pair.
				d := (h.X-g.X)*g.DirX + (h.Y-g.Y)*g.DirY
				if off := -(h.X-g.X)*g.DirY + (h.Y-g.Y)*g.DirX; math.Abs(off) > 0.05*g.Size {
					continue
				}
				want := g.Adv
				if d < 0 { // drawn right to left: the second glyph's advance
					d, want = -d, h.Adv
				}
				diff := math.Abs(d-want) / g.Size
				s.Pairs++
				if diff > KernTolerance && diff < MaxKern {
					s.Kerned++
				}
			}
		}
	}
	return s
}

// PageGlyphs counts the letters drawn with a glyph (gid ≥ 0) on each page
// (not punctuation: the dot leaders of a table of contents do not count).
func PageGlyphs(pages []Page) []int {
	out := make([]int, len(pages))
	for i, p := range pages {
		for _, sp := range p.Spans {
			for _, g := range sp.Glyphs {
				if g.GID >= 0 && unicode.IsLetter(g.UCS) {
					out[i]++
				}
			}
		}
	}
	return out
}
