package epub

import (
	"strings"

	"github.com/quire-books/quire/book"
)

// The pages Quire makes itself, around the chapters: cover, title page and
// part title pages.

// coverBody is the body of cover.xhtml: the cover image, described by the
// book's title and authors.
func coverBody(m book.Metadata, cover *book.Image) []byte {
	var w xw
	w.open("section", "class", "cover")
	w.raw("\n")
	alt := m.Title
	if authors := m.AuthorNames(); len(authors) > 0 {
		alt += " \u2014 " + strings.Join(authors, ", ")
	}
	w.raw(`<img role="doc-cover" epub:type="cover" src="` + escape(cover.Name) + `" alt="` + escape(alt) + `"/>`)
	w.raw("\n</section>\n")
	return w.Bytes()
}

// titlePageBody is the body of titlepage.xhtml: title, subtitle, authors,
// publisher and date.
func titlePageBody(m book.Metadata) []byte {
	var w xw
	w.open("section", "epub:type", "titlepage", "class", "titlepage", "aria-labelledby", "title")
	w.raw("\n")
	w.elem("h1", m.Title, "id", "title")
	w.raw("\n")
	if m.Subtitle != "" {
		w.elem("p", m.Subtitle, "class", "subtitle")
		w.raw("\n")
	}
	if authors := m.AuthorNames(); len(authors) > 0 {
		w.elem("p", strings.Join(authors, ", "), "class", "authors")
		w.raw("\n")
	}
	if m.Publisher != "" {
		w.elem("p", m.Publisher, "class", "publisher")
		w.raw("\n")
	}
	if m.Date != "" {
		w.elem("p", m.Date, "class", "date")
		w.raw("\n")
	}
	w.raw("</section>\n")
	return w.Bytes()
}

// partBody is the body of a part's title page, with the markers of the
// printed pages it starts (the part's own page).
func partBody(p *book.Part, breaks []placedBreak) []byte {
	var w xw
	w.open("section", "epub:type", "part", "role", "doc-part", "class", "part", "aria-labelledby", p.Anchor)
	w.raw("\n")
	for _, b := range breaks {
		writePageBreak(&w, b)
	}
	if len(breaks) > 0 {
		w.raw("\n")
	}
	w.elem("h1", p.Title, "id", p.Anchor)
	w.raw("\n</section>\n")
	return w.Bytes()
}
