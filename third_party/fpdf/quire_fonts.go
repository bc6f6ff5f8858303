package fpdf

import (
	"strconv"
)

// Fonts whose objects the caller writes (quire patch). Quire shapes text
// itself and shows glyphs by their ids, with fonts it subsets and
// describes itself: fpdf only lists them among the page resources, writes
// their objects through an ObjectWriter when the document is closed, and
// places text objects in the content stream.

// resourceFont is a font added with AddResourceFont.
type resourceFont struct {
	name  string
	write func(w *ObjectWriter) (int, error)
	obj   int
}

// ObjectWriter writes indirect objects into the document being closed.
type ObjectWriter struct{ f *Fpdf }

// Next is the number the next object begun will have.
func (w *ObjectWriter) Next() int { return w.f.n + 1 }

// Object writes one indirect object whose body is body (a dictionary, an
// array…) and returns its number.
func (w *ObjectWriter) Object(body []byte) int {
	w.f.newobj()
	must(w.f.buffer.Write(body))
	must(w.f.buffer.WriteString("\nendobj\n"))
	return w.f.n
}

// Stream writes one stream object: dict is the stream dictionary without
// its /Length (which is added) and data the stream's bytes, already
// encoded as dict says. It returns the object's number.
func (w *ObjectWriter) Stream(dict string, data []byte) int {
	f := w.f
	f.newobj()
	f.out("<<" + dict + " /Length " + strconv.Itoa(len(data)) + ">>")
	f.putstream(data)
	f.out("endobj")
	return f.n
}

// Compress returns data compressed with zlib at fpdf's level, for a
// /FlateDecode stream.
func (w *ObjectWriter) Compress(data []byte) []byte {
	mem := xmem.compress(data)
	out := append([]byte(nil), mem.bytes()...)
	mem.release()
	return out
}

// AddResourceFont adds a font that text objects can select by the name
// returned (without the slash); write writes its objects when the
// document is closed and returns the number of the font dictionary.
func (f *Fpdf) AddResourceFont(write func(w *ObjectWriter) (int, error)) string {
	name := "Q" + strconv.Itoa(len(f.resourceFonts)+1)
	f.resourceFonts = append(f.resourceFonts, &resourceFont{name: name, write: write})
	return name
}

// putResourceFonts writes the fonts added with AddResourceFont.
func (f *Fpdf) putResourceFonts() {
	w := &ObjectWriter{f}
	for _, rf := range f.resourceFonts {
		n, err := rf.write(w)
		if err != nil {
			f.err = err
			return
		}
		rf.obj = n
	}
}

// TextObject writes a text object, BT … ET, in the current text color:
// body is its text operators (Tf, Tm, TJ… in the PDF's own units). The
// fill color is set back after it when the text color differs.
func (f *Fpdf) TextObject(body []byte) {
	if f.err != nil {
		return
	}
	b := f.tbuf[:0]
	b = append(b, "BT "...)
	if f.colorFlag {
		b = append(b, f.color.text.str...)
		b = append(b, ' ')
	}
	b = append(b, body...)
	b = append(b, " ET"...)
	if f.colorFlag {
		b = append(b, ' ')
		b = append(b, f.color.fill.str...)
	}
	f.tbuf = b
	f.outBytes(b)
}

// SetCatalogEntries adds entries, written as they are, to the document
// catalog (quire patch): e.g. "/ViewerPreferences <</Direction /R2L>>".
func (f *Fpdf) SetCatalogEntries(entries string) { f.catalogExtra = entries }

// PageHeight is the height of the current page in points, for callers
// that write content in the PDF's own coordinates.
func (f *Fpdf) PageHeightPt() float64 { return f.h * f.k }
