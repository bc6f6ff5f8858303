package epub

import (
	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/rawhtml"
)

// Raw HTML is written from the tokens the book sanitized at load time
// (package rawhtml): allowed elements and attributes only, balanced over
// the HTML nodes of one container, as XHTML — void elements self-closed,
// attributes quoted, text escaped with the XML entities only (named HTML
// entities were resolved to characters). An <a> whose target is not safe
// or not in the book stays an <a> without href; an <img> that is not one
// of the book's images becomes its alt text.

func (c *chapterWriter) htmlBlock(node ast.Node, entering bool) ast.WalkStatus {
	if entering {
		c.writeHTML(c.b.HTML(node), true)
	}
	return ast.WalkSkipChildren
}

func (c *chapterWriter) rawHTML(node ast.Node, entering bool) ast.WalkStatus {
	if entering {
		c.writeHTML(c.b.HTML(node), false)
	}
	return ast.WalkSkipChildren
}

// writeHTML writes sanitized tokens; block puts block tags on lines of
// their own.
func (c *chapterWriter) writeHTML(toks []book.HTMLToken, block bool) {
	for _, t := range toks {
		switch t.Kind {
		case rawhtml.Text:
			c.w.text(t.Text)
		case rawhtml.Start:
			c.w.raw("<" + t.Tag + htmlAttrs(t, linkHref(t.Link)) + ">")
		case rawhtml.End:
			c.w.close(t.Tag)
			if block && rawhtml.IsBlock(t.Tag) {
				c.nl()
			}
		case rawhtml.Void:
			if t.Tag == "img" {
				alt, _ := t.Attr("alt")
				if t.Image == nil {
					c.w.text(alt)
					continue
				}
				c.w.raw("<img" + htmlAttrs(t, t.Image.Name) + "/>")
				continue
			}
			c.w.raw("<" + t.Tag + htmlAttrs(t, "") + "/>")
			if block && t.Tag == "hr" {
				c.nl()
			}
		}
	}
}

// htmlAttrs writes the attributes of a token, with url as the href or src
// (left out when empty) and lang doubled as xml:lang, as XHTML wants.
func htmlAttrs(t book.HTMLToken, url string) string {
	s := ""
	for _, a := range t.Attrs {
		v := a.Val
		switch a.Key {
		case "href", "src":
			if url == "" {
				continue
			}
			v = url
		case "cite":
			if v = safeURL(v); v == "" {
				continue
			}
		case "lang":
			s += ` xml:lang="` + escape(v) + `"`
		}
		s += " " + a.Key + `="` + escape(v) + `"`
	}
	return s
}
