package book

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"

	"github.com/quire-books/quire/fontsub"
	"github.com/quire-books/quire/shape"
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
	l.loadFamily(&m.PDF.Font)
	l.loadFamily(&m.PDF.MonoFont)
}

// loadFamily reads the files of a family and of the families listed after
// it (More): a fallback whose regular style cannot be read is dropped, and
// a first family without one keeps only its fallbacks.
func (l *loader) loadFamily(fam *FontFamily) {
	l.loadStyles(fam)
	more := fam.More[:0]
	for _, f := range fam.More {
		if l.loadStyles(&f); f.Regular != nil {
			more = append(more, f)
		}
	}
	if fam.Regular == nil {
		*fam = FontFamily{}
	}
	fam.More = more
}

// loadStyles reads the files of one family's styles; a file that cannot be
// used is reported and left out.
func (l *loader) loadStyles(fam *FontFamily) {
	for _, f := range []**FontFile{&fam.Regular, &fam.Bold, &fam.Italic, &fam.BoldItalic} {
		if *f != nil && !l.loadFont(*f) {
			*f = nil
		}
	}
}

// loadFont reads one font file of the book: inside the book folder, as
// images are, and an OpenType font (TrueType or CFF outlines) or a face of
// a collection that the PDF can embed. A collection's face is chosen after
// a '#': by its place (fonts/NotoSerifCJK.ttc#2, from 0) or its family
// name (fonts/NotoSerifCJK.ttc#Noto Serif CJK SC); the first by default.
func (l *loader) loadFont(f *FontFile) bool {
	path, face, hasFace := strings.Cut(f.Path, "#")
	p, ok := l.bookPath(f.base, path, f.at, "font")
	if !ok {
		return false
	}
	data, err := readFile(l.fsys, p)
	if err != nil {
		l.d.errorf(f.at, "font %q: %s", path, describeFSError(err))
		return false
	}
	index, err := FontFace(data, face, hasFace)
	if err != nil {
		l.d.errorf(f.at, "%s %v", p, err)
		return false
	}
	f.Path, f.Data, f.Index = p, data, index
	if hasFace {
		f.Path += "#" + face
	}
	return true
}

// FontFace checks that data is a font the PDF can embed and returns the
// place of the face named by face (an index or a family name) when
// hasFace, else 0. The error completes a sentence that starts with the
// file's name.
func FontFace(data []byte, face string, hasFace bool) (int, error) {
	if err := CheckFont(data); err != nil {
		return 0, err
	}
	n, err := fontsub.NumFonts(data)
	if err != nil {
		return 0, fmt.Errorf("is not a font: %v", err)
	}
	index := 0
	if hasFace {
		if i, err := strconv.Atoi(face); err == nil {
			if i < 0 || i >= n {
				return 0, fmt.Errorf("has %d fonts: #%d is not one of them (#0 to #%d)", n, i, n-1)
			}
			index = i
		} else {
			index = -1
			var names []string
			for i := range n {
				if f, err := shape.Load(data, i, ""); err == nil {
					names = append(names, f.Family)
					if strings.EqualFold(f.Family, strings.TrimSpace(face)) && index < 0 {
						index = i
					}
				}
			}
			if index < 0 {
				return 0, fmt.Errorf("has no font named %q; it has %s", face, strings.Join(names, ", "))
			}
		}
	}
	if _, err := shape.Load(data, index, ""); err != nil {
		return 0, fmt.Errorf("cannot be read: %v", err)
	}
	return index, nil
}

// CheckFont checks that data is a font file that may be embedded: an
// OpenType font, TrueType or CFF, or a collection of them, whose licence
// flags allow embedding. The error completes a sentence that starts with
// the file's name.
func CheckFont(data []byte) error {
	if len(data) < 12 {
		return fmt.Errorf("is not a font file (%d bytes); Quire embeds OpenType fonts (.ttf, .otf, .ttc, .otc)", len(data))
	}
	switch tag := string(data[:4]); tag {
	case "\x00\x01\x00\x00", "true", "OTTO":
	case "ttcf":
		return nil // each face is checked when read
	case "wOFF", "wOF2":
		return fmt.Errorf("is a web font (WOFF); Quire embeds OpenType fonts (.ttf, .otf, .ttc, .otc): use the font it was made from")
	default:
		return fmt.Errorf("is not an OpenType font (it starts with %q); Quire embeds OpenType fonts (.ttf, .otf, .ttc, .otc)", strings.ToValidUTF8(tag, "?"))
	}
	n := int(binary.BigEndian.Uint16(data[4:6]))
	if len(data) < 12+16*n {
		return fmt.Errorf("is a truncated font: its table directory is cut off")
	}
	tables := map[string][2]uint32{}
	for i := 0; i < n; i++ {
		rec := data[12+16*i : 28+16*i]
		off, size := binary.BigEndian.Uint32(rec[8:12]), binary.BigEndian.Uint32(rec[12:16])
		if uint64(off)+uint64(size) > uint64(len(data)) {
			return fmt.Errorf("is a truncated font: table %q lies past the end of the file", rec[:4])
		}
		tables[string(rec[:4])] = [2]uint32{off, size}
	}
	_, glyf := tables["glyf"]
	_, cff := tables["CFF "]
	if !glyf && !cff {
		if _, cff2 := tables["CFF2"]; cff2 {
			return fmt.Errorf("has CFF2 (variable PostScript) outlines, which Quire cannot embed: choose a static instance of the font")
		}
		return fmt.Errorf("has no outlines Quire can embed (neither TrueType glyf nor CFF)")
	}
	// OS/2 fsType: bit 1 alone is "restricted licence embedding"; bits 8
	// and 9 forbid subsetting or allow bitmaps only.
	if os2, ok := tables["OS/2"]; ok && os2[1] >= 10 {
		fsType := binary.BigEndian.Uint16(data[os2[0]+8 : os2[0]+10])
		if fsType == 0x0002 || fsType&0x0300 != 0 {
			return fmt.Errorf("does not allow embedding (its licence flags, OS/2 fsType 0x%04x, forbid it)", fsType)
		}
	}
	return nil
}
