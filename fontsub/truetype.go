package fontsub

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Composite glyph flags (OpenType glyf table).
const (
	argsAreWords    = 0x0001
	weHaveAScale    = 0x0008
	moreComponents  = 0x0020
	weHaveXYScale   = 0x0040
	weHaveTwoByTwo  = 0x0080
	maxShortLocaOff = 0xFFFF * 2
)

// subsetTrueType writes a TrueType font keeping the glyf outlines of the
// glyphs in gids, glyph 0 and all components of kept composite glyphs.
func subsetTrueType(f *face, gids []uint16) ([]byte, error) {
	for _, tag := range []string{"head", "hhea", "hmtx", "maxp", "loca"} {
		if !f.has(tag) {
			return nil, fmt.Errorf("fontsub: TrueType font lacks a %q table", tag)
		}
	}
	head, hhea, hmtx, maxp := f.tables["head"], f.tables["hhea"], f.tables["hmtx"], f.tables["maxp"]
	loca, glyf := f.tables["loca"], f.tables["glyf"]
	if len(head) < 54 {
		return nil, errors.New("fontsub: head table too short")
	}
	if len(maxp) < 6 {
		return nil, errors.New("fontsub: maxp table too short")
	}
	if len(hhea) < 36 {
		return nil, errors.New("fontsub: hhea table too short")
	}
	numGlyphs := int(u16(maxp[4:]))
	if numGlyphs == 0 {
		return nil, errors.New("fontsub: font has no glyphs")
	}
	numHMetrics := int(u16(hhea[34:]))
	if numHMetrics == 0 || numHMetrics > numGlyphs {
		return nil, fmt.Errorf("fontsub: invalid numberOfHMetrics %d (%d glyphs)", numHMetrics, numGlyphs)
	}
	if len(hmtx) < 4*numHMetrics+2*(numGlyphs-numHMetrics) {
		return nil, errors.New("fontsub: hmtx table too short")
	}
	var locaAt func(i int) int
	switch int16(u16(head[50:])) {
	case 0:
		if len(loca) < 2*(numGlyphs+1) {
			return nil, errors.New("fontsub: loca table too short")
		}
		locaAt = func(i int) int { return 2 * int(u16(loca[2*i:])) }
	case 1:
		if len(loca) < 4*(numGlyphs+1) {
			return nil, errors.New("fontsub: loca table too short")
		}
		locaAt = func(i int) int { return int(u32(loca[4*i:])) }
	default:
		return nil, errors.New("fontsub: invalid indexToLocFormat in head table")
	}
	glyph := func(g int) ([]byte, error) {
		a, b := locaAt(g), locaAt(g+1)
		if a < 0 || a > b || b > len(glyf) {
			return nil, fmt.Errorf("fontsub: glyph %d has invalid loca entries", g)
		}
		return glyf[a:b], nil
	}

	// Collect the kept glyphs, following composite components.
	keep := make([]bool, numGlyphs)
	var todo []int
	add := func(g int) {
		if !keep[g] {
			keep[g] = true
			todo = append(todo, g)
		}
	}
	add(0)
	for _, g := range gids {
		if int(g) >= numGlyphs {
			return nil, fmt.Errorf("fontsub: glyph %d out of range (font has %d glyphs)", g, numGlyphs)
		}
		add(int(g))
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		b, err := glyph(g)
		if err != nil {
			return nil, err
		}
		err = components(b, func(c uint16) error {
			if int(c) >= numGlyphs {
				return fmt.Errorf("fontsub: composite glyph %d refers to glyph %d out of range", g, c)
			}
			add(int(c))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}

	// glyf and loca.
	var size int64
	for g := range numGlyphs {
		if keep[g] {
			size += int64(pad4(locaAt(g+1) - locaAt(g)))
		}
	}
	if size > maxOutputSize {
		return nil, fmt.Errorf("fontsub: subset glyf table too large (%d bytes)", size)
	}
	short := size <= maxShortLocaOff
	newGlyf := make([]byte, 0, int(size))
	var newLoca []byte
	if short {
		newLoca = make([]byte, 2*(numGlyphs+1))
	} else {
		newLoca = make([]byte, 4*(numGlyphs+1))
	}
	putLoca := func(i, off int) {
		if short {
			binary.BigEndian.PutUint16(newLoca[2*i:], uint16(off/2))
		} else {
			binary.BigEndian.PutUint32(newLoca[4*i:], uint32(off))
		}
	}
	for g := range numGlyphs {
		putLoca(g, len(newGlyf))
		if keep[g] {
			b, _ := glyph(g) // checked above
			newGlyf = append(newGlyf, b...)
			for len(newGlyf)%4 != 0 {
				newGlyf = append(newGlyf, 0)
			}
		}
	}
	putLoca(numGlyphs, len(newGlyf))

	// head: new indexToLocFormat; checkSumAdjustment is set by writeSFNT.
	newHead := append([]byte(nil), head...)
	binary.BigEndian.PutUint32(newHead[8:], 0)
	if short {
		binary.BigEndian.PutUint16(newHead[50:], 0)
	} else {
		binary.BigEndian.PutUint16(newHead[50:], 1)
	}

	// hmtx: same layout; metrics of glyphs not kept are zeroed (they are
	// never shown, and zeros compress well). The last long metric is kept
	// whatever happens, since glyphs after it inherit its advance width.
	newHmtx := append([]byte(nil), hmtx...)
	for g := range numGlyphs {
		if keep[g] {
			continue
		}
		if g < numHMetrics {
			if g != numHMetrics-1 {
				clear(newHmtx[4*g : 4*g+4])
			}
		} else {
			p := 4*numHMetrics + 2*(g-numHMetrics)
			clear(newHmtx[p : p+2])
		}
	}

	// post: format 3 (no glyph names), metrics copied from the original.
	post := make([]byte, 32)
	binary.BigEndian.PutUint32(post, 0x00030000)
	if p := f.tables["post"]; len(p) >= 32 {
		copy(post[4:16], p[4:16]) // italicAngle, underlinePosition, underlineThickness, isFixedPitch
	}

	tables := []outTable{
		{"head", newHead},
		{"hhea", hhea},
		{"hmtx", newHmtx},
		{"maxp", maxp},
		{"loca", newLoca},
		{"glyf", newGlyf},
		{"post", post},
	}
	for _, tag := range []string{"cvt ", "fpgm", "prep"} {
		if t, ok := f.tables[tag]; ok {
			tables = append(tables, outTable{tag, t})
		}
	}
	return writeSFNT(0x00010000, tables), nil
}

// components calls visit with the glyph index of each component of the
// glyph description g, if it is a composite glyph.
func components(g []byte, visit func(uint16) error) error {
	if len(g) == 0 {
		return nil
	}
	if len(g) < 10 {
		return errors.New("fontsub: glyph description too short")
	}
	if int16(u16(g)) >= 0 {
		return nil // simple glyph
	}
	p := 10
	for {
		if p+4 > len(g) {
			return errors.New("fontsub: composite glyph truncated")
		}
		flags := u16(g[p:])
		if err := visit(u16(g[p+2:])); err != nil {
			return err
		}
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&weHaveAScale != 0:
			p += 2
		case flags&weHaveXYScale != 0:
			p += 4
		case flags&weHaveTwoByTwo != 0:
			p += 8
		}
		if p > len(g) {
			return errors.New("fontsub: composite glyph truncated")
		}
		if flags&moreComponents == 0 {
			return nil
		}
	}
}
