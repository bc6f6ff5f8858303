package epub

import (
	"strconv"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/l10n"
)

// labels are the few words Quire itself writes into the EPUB, taken from
// the book's words (book.Metadata.Words: its language's catalogue under its
// strings: section), the same the PDF prints.
type labels struct {
	Contents  string
	Landmarks string
	Cover     string
	TitlePage string
	Start     string
	// Pages names the list of the print edition's pages.
	Pages string
	words l10n.Words
}

// backlink is the accessible name of the link back from note n.
func (l labels) backlink(n int) string { return l.words.Fill(l10n.NoteBacklink, strconv.Itoa(n)) }

// labelsFor returns the labels of a book.
func labelsFor(m book.Metadata) labels {
	w := m.Words()
	return labels{
		Contents:  w.Get(l10n.Contents),
		Landmarks: w.Get(l10n.Landmarks),
		Cover:     w.Get(l10n.Cover),
		TitlePage: w.Get(l10n.TitlePage),
		Start:     w.Get(l10n.Start),
		Pages:     w.Get(l10n.Pages),
		words:     w,
	}
}
