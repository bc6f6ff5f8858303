package epub

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"

	"github.com/quire-books/quire/book"
)

func (c *chapterWriter) textNode(node ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkContinue
	}
	n := node.(*ast.Text)
	v := n.Segment.Value(c.src)
	resolve := mdText
	if n.IsRaw() {
		resolve = func(v []byte) string { return string(v) }
	}
	if len(c.breaks) > 0 {
		c.textBreaks(v, n.Segment.Start, resolve)
	} else {
		c.w.text(resolve(v))
	}
	switch {
	case n.HardLineBreak():
		c.w.void("br")
		c.nl()
	case n.SoftLineBreak():
		c.nl()
	}
	return ast.WalkContinue
}

// stringNode writes text made by the parser, such as the typographer's
// curly quotes and dashes.
func (c *chapterWriter) stringNode(node ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkContinue
	}
	n := node.(*ast.String)
	if len(c.breaks) > 0 {
		c.stringBreaks(n)
	}
	if n.IsRaw() || n.IsCode() {
		c.w.text(string(n.Value))
	} else {
		c.w.text(mdText(n.Value))
	}
	return ast.WalkContinue
}

func (c *chapterWriter) codeSpan(n ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkContinue
	}
	c.w.open("code")
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		var v []byte
		switch t := k.(type) {
		case *ast.Text:
			v = t.Segment.Value(c.src)
		case *ast.String:
			v = t.Value
		}
		if bytes.HasSuffix(v, []byte("\n")) {
			v = append(v[:len(v)-1:len(v)-1], ' ')
		}
		c.w.text(string(v))
	}
	c.w.close("code")
	return ast.WalkSkipChildren
}

func (c *chapterWriter) emphasis(node ast.Node, entering bool) ast.WalkStatus {
	tag := "em"
	if node.(*ast.Emphasis).Level >= 2 {
		tag = "strong"
	}
	if entering {
		c.w.open(tag)
	} else {
		c.w.close(tag)
	}
	return ast.WalkContinue
}

// link writes a Markdown link to where the book resolved it: an external
// URL, a chapter file and anchor, or, when broken, just its text.
// Markdown links do not nest, but an autolink or a note mark may stand in
// a link's text (`[see <https://x.org> too](#y)`), and XHTML forbids an
// <a> inside an <a>: see autoLink and footnoteLink.
func (c *chapterWriter) link(node ast.Node, entering bool) ast.WalkStatus {
	n := node.(*ast.Link)
	href := linkHref(c.b.Link(n))
	if href == "" {
		return ast.WalkContinue
	}
	if entering {
		title := ""
		if n.Title != nil {
			title = mdText(n.Title)
		}
		c.openLink = []string{"href", href, "title", title}
		c.w.open("a", c.openLink...)
	} else {
		c.w.close("a")
		c.openLink = nil
	}
	return ast.WalkContinue
}

// linkHref returns the href of a resolved link, "" for a broken one.
func linkHref(t book.LinkTarget) string {
	switch {
	case t.URL != "":
		return safeURL(t.URL)
	case t.Chapter != nil:
		href := chapterFile(t.Chapter)
		if t.Anchor != "" {
			href += "#" + t.Anchor
		}
		return href
	}
	return ""
}

// safeURL percent-encodes what may not appear in a URL as written and
// refuses scripting schemes (the link is then written as plain text).
func safeURL(u string) string {
	b := util.URLEscape([]byte(u), true)
	if isDangerousURL(b) {
		return ""
	}
	return string(b)
}

func isDangerousURL(u []byte) bool {
	s := strings.ToLower(strings.TrimSpace(string(u)))
	for _, p := range []string{"javascript:", "vbscript:", "file:", "data:"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func (c *chapterWriter) autoLink(node ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkContinue
	}
	n := node.(*ast.AutoLink)
	label := string(n.Label(c.src))
	u := string(n.URL(c.src))
	if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(u), "mailto:") {
		u = "mailto:" + u
	}
	href := safeURL(u)
	if href == "" || c.openLink != nil { // no <a> inside an <a>
		c.w.text(label)
		return ast.WalkSkipChildren
	}
	c.w.elem("a", label, "href", href)
	return ast.WalkSkipChildren
}

// image writes an inline image; see figure for an image alone in its
// paragraph.
func (c *chapterWriter) image(node ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkContinue
	}
	n := node.(*ast.Image)
	alt := book.PlainText(n, c.src)
	img := c.b.ImageOf(n)
	if img == nil {
		// Only a book that failed to load has unresolved images; keep
		// the words.
		c.w.text(alt)
		return ast.WalkSkipChildren
	}
	title := ""
	if n.Title != nil {
		title = mdText(n.Title)
	}
	c.w.img(img.Name, alt, title)
	return ast.WalkSkipChildren
}

// figure writes an image alone in its paragraph (Book.FigureImage) as a
// figure. Its caption is the image's title, or else its alt text with its
// markup; a caption that repeats the alt text is hidden from assistive
// technology (aria-hidden, as Pandoc does), which reads the alt text
// already, unless it holds a link, which must stay reachable.
func (c *chapterWriter) figure(n *ast.Image) {
	img := c.b.ImageOf(n)
	alt := book.PlainText(n, c.src)
	c.w.open("figure")
	c.nl()
	if img != nil {
		c.w.img(img.Name, alt, "")
	} else {
		c.w.text(alt)
	}
	c.nl()
	switch title, fromAlt := book.FigureCaption(n); {
	case title != "":
		c.w.elem("figcaption", mdText([]byte(title)))
		c.nl()
	case fromAlt && img != nil:
		hidden := "true"
		if hasLink(n) {
			hidden = ""
		}
		c.w.open("figcaption", "aria-hidden", hidden)
		c.children(n)
		c.w.close("figcaption")
		c.nl()
	}
	c.w.close("figure")
	c.nl()
}

// hasLink reports whether n holds a link, an autolink or a note reference.
func hasLink(n ast.Node) bool {
	found := false
	_ = ast.Walk(n, func(k ast.Node, entering bool) (ast.WalkStatus, error) {
		switch k.(type) {
		case *ast.Link, *ast.AutoLink, *east.FootnoteLink:
			found = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}
