package book

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
)

// This file is the one place that decides Quire's Markdown dialect:
// CommonMark plus GFM (tables, strikethrough, autolinks, task lists),
// footnotes, definition lists, heading attributes ({#id}) and smart
// punctuation emitted as Unicode characters (never as named entities).

// smartPunctuation maps the typographer's substitutions to characters.
var smartPunctuation = map[extension.TypographicPunctuation]string{
	extension.LeftSingleQuote:  "\u2018",
	extension.RightSingleQuote: "\u2019",
	extension.LeftDoubleQuote:  "\u201c",
	extension.RightDoubleQuote: "\u201d",
	extension.EnDash:           "\u2013",
	extension.EmDash:           "\u2014",
	extension.Ellipsis:         "\u2026",
	extension.LeftAngleQuote:   "\u00ab",
	extension.RightAngleQuote:  "\u00bb",
	extension.Apostrophe:       "\u2019",
}

// newMarkdown returns the goldmark instance every chapter is parsed with.
// Only its parser is used: the renderers walk the AST themselves.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(
			extension.GFM,
			extension.Footnote,
			extension.DefinitionList,
			extension.NewTypographer(extension.WithTypographicSubstitutions(smartPunctuation)),
		),
		goldmark.WithParserOptions(parser.WithHeadingAttribute()),
	)
}

// parseMarkdown parses one chapter's Markdown.
func parseMarkdown(md goldmark.Markdown, src []byte) *ast.Document {
	return md.Parser().Parse(text.NewReader(src)).(*ast.Document)
}

// PlainText returns the text of a node and its descendants, without markup:
// what a title, an alt text or a TOC entry shows. src is the chapter's Source.
func PlainText(n ast.Node, src []byte) string {
	var sb strings.Builder
	writePlain(&sb, n, src)
	return strings.Join(strings.Fields(sb.String()), " ")
}

func writePlain(sb *strings.Builder, n ast.Node, src []byte) {
	switch t := n.(type) {
	case *ast.Text:
		sb.Write(t.Value(src))
		if t.SoftLineBreak() || t.HardLineBreak() {
			sb.WriteByte(' ')
		}
		return
	case *ast.String:
		sb.Write(t.Value)
		return
	case *ast.RawHTML:
		sb.WriteByte(' ') // a tag such as <br> separates words
		return
	case *ast.HTMLBlock:
		var raw []byte
		for i := 0; i < t.Lines().Len(); i++ {
			seg := t.Lines().At(i)
			raw = append(raw, seg.Value(src)...)
		}
		sb.WriteString(htmlText(raw))
		return
	case *east.FootnoteLink:
		return
	case *ast.AutoLink:
		sb.Write(t.Label(src))
		return
	}
	if n.Type() == ast.TypeBlock && n.Kind() != ast.KindDocument {
		for i := 0; i < n.Lines().Len(); i++ {
			if n.HasChildren() {
				break
			}
			seg := n.Lines().At(i)
			sb.Write(seg.Value(src))
		}
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		writePlain(sb, c, src)
		if c.Type() == ast.TypeBlock {
			sb.WriteByte(' ')
		}
	}
}

// htmlText is the text of raw HTML, tags and comments left out.
func htmlText(raw []byte) string {
	z := html.NewTokenizer(bytes.NewReader(raw))
	var sb strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			sb.Write(z.Text())
		default:
			sb.WriteByte(' ')
		}
	}
}
