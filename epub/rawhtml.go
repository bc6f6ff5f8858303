package epub

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"
)

// Raw HTML in the Markdown is not XHTML and may be anything, so for now only
// its text is kept (escaped), so that the author's words are not lost;
// tags, comments and the content of script and style elements are dropped.

func (c *chapterWriter) htmlBlock(node ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkSkipChildren
	}
	n := node.(*ast.HTMLBlock)
	var src bytes.Buffer
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		src.Write(seg.Value(c.src))
	}
	if n.HasClosure() {
		src.Write(n.ClosureLine.Value(c.src))
	}
	if t := strings.TrimSpace(htmlText(src.Bytes())); t != "" {
		c.w.elem("p", t)
		c.nl()
	}
	return ast.WalkSkipChildren
}

func (c *chapterWriter) rawHTML(node ast.Node, entering bool) ast.WalkStatus {
	if !entering {
		return ast.WalkSkipChildren
	}
	n := node.(*ast.RawHTML)
	var src bytes.Buffer
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		src.Write(seg.Value(c.src))
	}
	htmlInline(&c.w, src.Bytes())
	return ast.WalkSkipChildren
}

// htmlInline writes the text of inline HTML, keeping line breaks (<br>).
func htmlInline(w *xw, src []byte) {
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.TextToken:
			w.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			if name, _ := z.TagName(); string(name) == "br" {
				w.void("br")
			}
		}
	}
}

// htmlText returns the text of an HTML fragment, with character references
// resolved, and without tags, comments, scripts and styles.
func htmlText(src []byte) string {
	var sb strings.Builder
	z := html.NewTokenizer(bytes.NewReader(src))
	skip := "" // the script or style element being skipped
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			if skip == "" {
				sb.Write(z.Text())
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			if t := string(name); t == "script" || t == "style" {
				skip = t
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if string(name) == skip {
				skip = ""
			}
		}
	}
}
