package epub

import (
	"bytes"

	"github.com/quire-books/quire/book"
)

// xw accumulates XHTML. Every string that is not markup goes through
// escape, so the result is well-formed whatever the book says.
type xw struct{ bytes.Buffer }

// raw writes markup as is.
func (w *xw) raw(s string) { w.WriteString(s) }

// text writes character data.
func (w *xw) text(s string) {
	i := plainPrefix(s, false)
	w.WriteString(s[:i])
	if i < len(s) {
		w.Grow(len(s) - i + 16)
		w.Write(appendEscaped(w.AvailableBuffer(), s[i:], false))
	}
}

// open writes a start tag; attrs are name, value pairs. A pair whose value
// is empty is left out.
func (w *xw) open(tag string, attrs ...string) {
	w.WriteByte('<')
	w.WriteString(tag)
	w.attrs(attrs)
	w.WriteByte('>')
}

// void writes a self-closed element such as <br/> or <img …/>.
func (w *xw) void(tag string, attrs ...string) {
	w.WriteByte('<')
	w.WriteString(tag)
	w.attrs(attrs)
	w.WriteString("/>")
}

// img writes an <img/>. Unlike other attributes, alt is written even when
// empty: an empty alt marks a decorative image, a missing one is an error.
func (w *xw) img(src, alt, title string) {
	w.raw(`<img src="` + escape(src) + `" alt="` + escape(alt) + `"`)
	w.attrs([]string{"title", title})
	w.raw("/>")
}

// close writes an end tag.
func (w *xw) close(tag string) {
	w.WriteString("</")
	w.WriteString(tag)
	w.WriteByte('>')
}

// elem writes an element holding only text.
func (w *xw) elem(tag, text string, attrs ...string) {
	w.open(tag, attrs...)
	w.text(text)
	w.close(tag)
}

func (w *xw) attrs(attrs []string) {
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] == "" {
			continue
		}
		w.WriteByte(' ')
		w.WriteString(attrs[i])
		w.WriteString(`="`)
		w.WriteString(escape(attrs[i+1]))
		w.WriteByte('"')
	}
}

// page is one XHTML content document.
type page struct {
	lang  string
	dir   string // the dir of <html>: see htmlDir
	title string
	// bodyType is the epub:type of <body>, if any.
	bodyType string
}

// wrap returns the complete document: XML declaration, doctype, head with
// title and stylesheet, and body around the given content.
func (p page) wrap(body []byte) []byte {
	var w xw
	w.Grow(len(body) + 2*len(p.title) + 512)
	w.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.raw("<!DOCTYPE html>\n")
	w.open("html", "xmlns", nsXHTML, "xmlns:epub", nsOPS, "lang", p.lang, "xml:lang", p.lang, "dir", p.dir)
	w.raw("\n<head>\n")
	w.elem("title", p.title)
	w.raw("\n")
	w.void("link", "rel", "stylesheet", "type", "text/css", "href", stylesheetName)
	w.raw("\n</head>\n")
	w.open("body", "epub:type", p.bodyType)
	w.raw("\n")
	w.Write(body)
	w.raw("</body>\n</html>\n")
	return w.Bytes()
}

// htmlDir is the dir attribute of the book's documents (every <html>, the
// package document, the NCX) and its spine's page progression: "rtl" for
// a book written right to left; "ltr" for one written left to right
// although its language is not (direction: ltr on an Arabic book); ""
// otherwise, where left to right goes without saying.
func htmlDir(m book.Metadata) string {
	switch {
	case m.RTL():
		return book.RTL
	case book.LanguageRTL(m.Language):
		return book.LTR
	}
	return ""
}

const (
	nsXHTML = "http://www.w3.org/1999/xhtml"
	nsOPS   = "http://www.idpf.org/2007/ops"
)
