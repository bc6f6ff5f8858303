// Package fontsub subsets OpenType fonts for embedding in PDF files.
//
// A subset keeps every glyph ID of the original font: glyphs that are not
// wanted are emptied rather than removed, so a PDF can show glyph g of the
// original font with CID g of the embedded font (CIDToGIDMap /Identity for
// TrueType outlines, an identity charset for CFF outlines).
//
// The package uses only the standard library. It parses untrusted input
// defensively: every offset is checked and every loop is bounded, and a
// malformed font yields an error prefixed with "fontsub:", never a panic.
package fontsub

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// Kind is the outline format of a subset font program.
type Kind int

const (
	// TrueType is a font program with glyf outlines: embed it as FontFile2
	// of a CIDFontType2 font with CIDToGIDMap /Identity.
	TrueType Kind = iota
	// CFF is a bare CID-keyed CFF table: embed it as FontFile3 with
	// /Subtype /CIDFontType0C, for a CIDFontType0 font.
	CFF
)

// String returns "TrueType" or "CFF".
func (k Kind) String() string {
	switch k {
	case TrueType:
		return "TrueType"
	case CFF:
		return "CFF"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// maxInputSize is the largest font file accepted. The largest real fonts
// (pan-CJK collections) are a few tens of megabytes.
const maxInputSize = 1 << 30

// maxOutputSize bounds the size of a subset font program (hostile fonts
// may make many glyphs share one large glyph description).
const maxOutputSize = 1 << 28

// maxTables bounds the number of tables in a table directory.
const maxTables = 1024

// maxFaces bounds the number of faces in a collection.
const maxFaces = 1 << 16

const (
	tagTTCF = 0x74746366 // "ttcf"
	tagOTTO = 0x4F54544F // "OTTO"
	tagTrue = 0x74727565 // "true"
)

// Subset returns a font program holding only the glyphs in gids (plus glyph
// 0, and for TrueType the components of composite glyphs), with every glyph
// ID unchanged, so that a PDF can show glyph g with CID g. data is a
// TrueType/OpenType file (.ttf/.otf) or collection (.ttc/.otc); index
// chooses the face in a collection (0 for a single font).
//
// For TrueType outlines the program is an sfnt file with the tables head,
// hhea, hmtx, maxp, loca, glyf and post (plus cvt, fpgm and prep when the
// font has them); glyphs not kept have empty glyf entries. For CFF outlines
// the program is a bare CID-keyed CFF (version 1) whose CID i is glyph i;
// glyphs not kept are the one-operator charstring endchar, and
// subroutines that no kept glyph calls are replaced by return. CFF2
// (variable) fonts are refused. The output depends only on the input: the
// same arguments always give the same bytes.
//
// A glyph ID not in the font is an error.
func Subset(data []byte, index int, gids []uint16) (program []byte, kind Kind, err error) {
	return subset(data, index, gids, options{pruneSubrs: true})
}

// options holds internal switches; tests use them to measure their effect.
type options struct {
	pruneSubrs bool // replace CFF subroutines that no kept glyph calls with return
}

func subset(data []byte, index int, gids []uint16, opt options) ([]byte, Kind, error) {
	f, err := openFace(data, index)
	if err != nil {
		return nil, 0, err
	}
	if f.has("CFF2") && !f.has("CFF ") {
		return nil, 0, errors.New("fontsub: CFF2 (variable) fonts are not supported")
	}
	if cff, ok := f.tables["CFF "]; ok {
		out, err := subsetCFF(cff, gids, opt)
		if err != nil {
			return nil, 0, err
		}
		return out, CFF, nil
	}
	if f.has("glyf") {
		out, err := subsetTrueType(f, gids)
		if err != nil {
			return nil, 0, err
		}
		return out, TrueType, nil
	}
	return nil, 0, errors.New("fontsub: font has neither glyf nor CFF outlines")
}

// NumFonts returns the number of faces in data: 1 for a single font, n for
// a collection; an error when data is neither.
func NumFonts(data []byte) (int, error) {
	if len(data) > maxInputSize {
		return 0, fmt.Errorf("fontsub: font file too large (%d bytes)", len(data))
	}
	if len(data) < 12 {
		return 0, errors.New("fontsub: not an OpenType font (file too short)")
	}
	switch v := u32(data); v {
	case tagTTCF:
		n := int(u32(data[8:]))
		if n < 1 || n > maxFaces || 12+4*n > len(data) {
			return 0, fmt.Errorf("fontsub: invalid font collection header (%d fonts)", n)
		}
		return n, nil
	case 0x00010000, tagOTTO, tagTrue:
		return 1, nil
	default:
		return 0, fmt.Errorf("fontsub: not an OpenType font or collection (signature %#08x)", v)
	}
}

// face is one font of a file: its tables by tag.
type face struct {
	version uint32
	tables  map[string][]byte
}

func (f *face) has(tag string) bool {
	_, ok := f.tables[tag]
	return ok
}

// openFace parses the table directory of face index of data.
func openFace(data []byte, index int) (*face, error) {
	n, err := NumFonts(data)
	if err != nil {
		return nil, err
	}
	if index < 0 || index >= n {
		return nil, fmt.Errorf("fontsub: font index %d out of range (file has %d fonts)", index, n)
	}
	off := 0
	if u32(data) == tagTTCF {
		off = int(u32(data[12+4*index:]))
	}
	if off < 0 || off+12 > len(data) {
		return nil, fmt.Errorf("fontsub: table directory offset %d out of range", off)
	}
	f := &face{version: u32(data[off:]), tables: make(map[string][]byte)}
	switch f.version {
	case 0x00010000, tagOTTO, tagTrue:
	default:
		return nil, fmt.Errorf("fontsub: unknown sfnt version %#08x", f.version)
	}
	numTables := int(u16(data[off+4:]))
	if numTables > maxTables {
		return nil, fmt.Errorf("fontsub: too many tables (%d)", numTables)
	}
	recs := off + 12
	if recs+16*numTables > len(data) {
		return nil, errors.New("fontsub: table directory truncated")
	}
	for i := range numTables {
		r := data[recs+16*i:]
		tag := string(r[:4])
		toff, tlen := uint64(u32(r[8:])), uint64(u32(r[12:]))
		if toff+tlen > uint64(len(data)) {
			return nil, fmt.Errorf("fontsub: table %q out of bounds", tag)
		}
		if _, dup := f.tables[tag]; dup {
			continue
		}
		f.tables[tag] = data[toff : toff+tlen : toff+tlen]
	}
	return f, nil
}

// outTable is a table to write into an sfnt file.
type outTable struct {
	tag  string
	data []byte
}

// writeSFNT assembles an sfnt file from tables: directory sorted by tag,
// tables 4-byte aligned and zero padded, checksums and head's
// checkSumAdjustment computed.
func writeSFNT(version uint32, tables []outTable) []byte {
	slices.SortFunc(tables, func(a, b outTable) int {
		switch {
		case a.tag < b.tag:
			return -1
		case a.tag > b.tag:
			return 1
		}
		return 0
	})
	n := len(tables)
	size := 12 + 16*n
	for _, t := range tables {
		size += pad4(len(t.data))
	}
	out := make([]byte, 12+16*n, size)
	binary.BigEndian.PutUint32(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	es := 0
	for 1<<(es+1) <= n {
		es++
	}
	sr := (1 << es) * 16
	binary.BigEndian.PutUint16(out[6:], uint16(sr))
	binary.BigEndian.PutUint16(out[8:], uint16(es))
	binary.BigEndian.PutUint16(out[10:], uint16(n*16-sr))
	headAt := -1
	for i, t := range tables {
		off := len(out)
		if t.tag == "head" {
			headAt = off
		}
		out = append(out, t.data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		r := out[12+16*i:]
		copy(r, t.tag)
		binary.BigEndian.PutUint32(r[4:], checksum(out[off:]))
		binary.BigEndian.PutUint32(r[8:], uint32(off))
		binary.BigEndian.PutUint32(r[12:], uint32(len(t.data)))
	}
	if headAt >= 0 {
		// The head checksum was computed with checkSumAdjustment zero.
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

// checksum is the OpenType table checksum: the sum of big-endian uint32s,
// the last one zero padded.
func checksum(b []byte) uint32 {
	var s uint32
	for len(b) >= 4 {
		s += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var t [4]byte
		copy(t[:], b)
		s += binary.BigEndian.Uint32(t[:])
	}
	return s
}

func pad4(n int) int { return (n + 3) &^ 3 }

func u16(b []byte) uint16 { return binary.BigEndian.Uint16(b) }
func u32(b []byte) uint32 { return binary.BigEndian.Uint32(b) }
