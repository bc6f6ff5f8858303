package pdf

import (
	"github.com/quire-books/quire/book"
)

// Print profiles: book.yaml's pdf section (book.PDFSettings, resolved by
// the book loader with the profile's defaults) becomes the geometry of a
// build here. The sizes the settings do not name (code, notes, tables, the
// indentation step) scale with the body type from the book profile's
// proportions, so that a 12 pt handout keeps the look of a 10.5 pt book.

// bookBodySize is the body size the fixed proportions are drawn at.
const bookBodySize = 10.5

// geometryFor returns the page geometry of a book's print settings. A
// model built without the loader (zero settings) gets the defaults.
func geometryFor(b *book.Book) geometry {
	s := b.Meta.PDF
	if s.PageWidth <= 0 || s.PageHeight <= 0 || s.FontSize <= 0 || s.LineSpacing <= 0 {
		s = book.DefaultPDFSettings(b.Meta.Language)
	}
	k := s.FontSize / bookBodySize
	return geometry{
		pageW: s.PageWidth, pageH: s.PageHeight,
		inner: s.Margins.Inner, outer: s.Margins.Outer,
		top: s.Margins.Top, bottom: s.Margins.Bottom,
		twoSided: s.TwoSided,
		rtl:      b.Meta.RTL(),
		bodySize: s.FontSize, leading: s.LineSpacing,
		codeSize: 8.6 * k, noteSize: 9 * k, tableSize: 9.2 * k,
		indent: 18 * k,
	}
}
