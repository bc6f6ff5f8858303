package book

import (
	"encoding/binary"
	"fmt"
	"strings"
)

// loadPDF resolves the pdf section of the metadata (the profile's defaults,
// for the book's language) and reads the font files it names. A book
// without a pdf section gets the book profile's defaults.
func (l *loader) loadPDF() {
	m := &l.b.Meta
	src := m.PDF.src
	if src == nil {
		m.PDF = DefaultPDFSettings(m.Language)
		return
	}
	m.PDF = src.resolve(m.Language)
	for _, fam := range []*FontFamily{&m.PDF.Font, &m.PDF.MonoFont} {
		for _, f := range []**FontFile{&fam.Regular, &fam.Bold, &fam.Italic, &fam.BoldItalic} {
			if *f != nil && !l.loadFont(*f) {
				*f = nil
			}
		}
		if fam.Regular == nil {
			*fam = FontFamily{}
		}
	}
}

// loadFont reads one font file of the book: inside the book folder, as
// images are, and a TrueType font fpdf can embed.
func (l *loader) loadFont(f *FontFile) bool {
	p, ok := l.bookPath(f.base, f.Path, f.at, "font")
	if !ok {
		return false
	}
	data, err := readFile(l.fsys, p)
	if err != nil {
		l.d.errorf(f.at, "font %q: %s", f.Path, describeFSError(err))
		return false
	}
	if err := CheckTrueType(data); err != nil {
		l.d.errorf(f.at, "%s %v", p, err)
		return false
	}
	f.Path, f.Data = p, data
	return true
}

// trueTypeTables are the sfnt tables fpdf reads to embed a font.
var trueTypeTables = []string{"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}

// CheckTrueType checks that data is a TrueType (glyf) font that may be
// embedded: fpdf panics on OpenType-CFF fonts, collections and other
// files. The error completes a sentence that starts with the file's name.
func CheckTrueType(data []byte) error {
	if len(data) < 12 {
		return fmt.Errorf("is not a font file (%d bytes); Quire embeds TrueType (.ttf) fonts", len(data))
	}
	switch tag := string(data[:4]); tag {
	case "\x00\x01\x00\x00", "true":
	case "OTTO":
		return fmt.Errorf("is an OpenType-CFF font; Quire embeds TrueType (glyf) fonts only: convert it or choose the TTF version")
	case "ttcf":
		return fmt.Errorf("is a font collection (TTC); Quire embeds single TrueType (.ttf) fonts only: extract the font you want")
	case "wOFF", "wOF2":
		return fmt.Errorf("is a web font (WOFF); Quire embeds TrueType (.ttf) fonts only: use the TTF it was made from")
	default:
		return fmt.Errorf("is not a TrueType font (it starts with %q); Quire embeds TrueType (.ttf) fonts only", strings.ToValidUTF8(tag, "?"))
	}
	n := int(binary.BigEndian.Uint16(data[4:6]))
	if len(data) < 12+16*n {
		return fmt.Errorf("is a truncated TrueType font: its table directory is cut off")
	}
	tables := map[string][2]uint32{}
	for i := 0; i < n; i++ {
		rec := data[12+16*i : 28+16*i]
		off, size := binary.BigEndian.Uint32(rec[8:12]), binary.BigEndian.Uint32(rec[12:16])
		if uint64(off)+uint64(size) > uint64(len(data)) {
			return fmt.Errorf("is a truncated TrueType font: table %q lies past the end of the file", rec[:4])
		}
		tables[string(rec[:4])] = [2]uint32{off, size}
	}
	var missing []string
	for _, t := range trueTypeTables {
		if _, ok := tables[t]; !ok {
			missing = append(missing, t)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("lacks the TrueType tables %s; Quire embeds TrueType (glyf) fonts only", strings.Join(missing, ", "))
	}
	// OS/2 fsType: bit 1 alone is "restricted licence embedding"; bits 8
	// and 9 forbid subsetting or allow bitmaps only. fpdf refuses these.
	if os2, ok := tables["OS/2"]; ok && os2[1] >= 10 {
		fsType := binary.BigEndian.Uint16(data[os2[0]+8 : os2[0]+10])
		if fsType == 0x0002 || fsType&0x0300 != 0 {
			return fmt.Errorf("does not allow embedding (its licence flags, OS/2 fsType 0x%04x, forbid it)", fsType)
		}
	}
	return nil
}
