package book

import (
	"bytes"
	"strings"

	"github.com/quire-books/quire/rawhtml"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// This file is the one place that decides Quire's Markdown dialect:
// CommonMark plus GFM (tables, strikethrough, autolinks, task lists),
// footnotes, definition lists, heading attributes ({#id}) and smart
// punctuation emitted as Unicode characters (never as named entities), and
// the GitHub, mdBook and Pandoc syntax of dialect_parse.go.

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

// newMarkdown returns the goldmark instance every chapter of a book in
// language lang (a BCP 47 tag; "" for English) is parsed with: its smart
// quotes are the language's (punct.go), and French gets its spaces. Only
// its parser is used: the renderers walk the AST themselves.
func newMarkdown(lang string) goldmark.Markdown {
	exts := []goldmark.Extender{
		extension.GFM,
		extension.Footnote,
		extension.DefinitionList,
		typographer(lang),
		dialect{}, // dialect_parse.go: GitHub alerts, Pandoc divs, spans, scripts, line blocks…
	}
	if isFrench(lang) {
		exts = append(exts, frenchExtension{})
	}
	return goldmark.New(
		goldmark.WithExtensions(exts...),
		goldmark.WithParserOptions(parser.WithHeadingAttribute()),
	)
}

// parseMarkdown parses one chapter's Markdown. Source nested deeper than
// maxContainerPrefix (see tooDeep) is not parsed as Markdown, which could
// take hours: each of its lines becomes a paragraph of plain text, its
// container prefix left out, so that no word is lost (parseChapter also
// reports the line as an error).
func parseMarkdown(md goldmark.Markdown, src []byte) *ast.Document {
	if at, _ := tooDeep(src); at >= 0 {
		return plainDocument(src)
	}
	return md.Parser().Parse(text.NewReader(src)).(*ast.Document)
}

// plainDocument is src as one paragraph of plain text per non-blank line,
// without the lines' container prefixes.
func plainDocument(src []byte) *ast.Document {
	doc := ast.NewDocument()
	for _, line := range bytes.Split(src, []byte("\n")) {
		_, end := scanPrefix(line, -1)
		t := bytes.TrimSpace(line[end:])
		if len(t) == 0 {
			continue
		}
		p := ast.NewParagraph()
		p.AppendChild(p, ast.NewString(t))
		doc.AppendChild(doc, p)
	}
	return doc
}

// parseChapter parses a chapter's Markdown (body, from the file named
// file, whose first lineBase lines were front matter, with its includes
// expanded as spans say), reporting source nested too deep to parse as an
// error at its first such line.
func (l *loader) parseChapter(file string, body []byte, lineBase int, spans []srcSpan) *ast.Document {
	if at, width := tooDeep(body); at >= 0 {
		src := &Chapter{file: file, Source: body, lineBase: lineBase, starts: lineStarts(body), spans: spans}
		pos := src.Pos(at) // in an included file, when the line came from one
		pos.Col = 1
		l.d.errorf(pos,
			"this line opens %d columns of nested blocks (indentation, block quotes and list markers): Quire takes up to %d; nest less deeply", width, maxContainerPrefix)
	}
	if l.md == nil {
		l.md = newMarkdown(l.b.Meta.Language) // the metadata is read before any chapter
	}
	return parseMarkdown(l.md, body)
}

// maxContainerPrefix bounds how deeply a chapter may nest blocks, as the
// width of a line's container prefix: its indentation, block-quote markers
// and list markers. goldmark's parsing time grows with the square of the
// nesting depth on one line and with its cube over nested lines (2,000
// nested lists take minutes), so deeper text is refused with an error
// rather than hang the build. No book nests 256 levels deep.
const maxContainerPrefix = 512

// tooDeep returns the byte offset of the first line whose container
// prefix is wider than maxContainerPrefix columns (tabs to the next
// multiple of 4), and the width; -1 when there is none. The prefix is
// what block quotes and lists can open: spaces, tabs, '>', and the list
// markers '-', '+', '*' and "1." or "1)" followed by a space or a tab.
func tooDeep(src []byte) (offset, width int) {
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if w := containerPrefix(src[start:end]); w > maxContainerPrefix {
			return start, w
		}
		start = end + 1
	}
	return -1, 0
}

// containerPrefix is the width in columns of a line's container prefix,
// counted only as far as it can be wider than maxContainerPrefix.
func containerPrefix(line []byte) int {
	w, _ := scanPrefix(line, maxContainerPrefix)
	return w
}

// scanPrefix reads a line's container prefix: its width in columns (up
// to the first column past stop, when stop >= 0) and the byte offset
// where it ends.
func scanPrefix(line []byte, stop int) (width, end int) {
	col, i := 0, 0
	for i < len(line) && (stop < 0 || col <= stop) {
		c := line[i]
		next := i
		switch {
		case c == ' ' || c == '>':
			col, next = col+1, i+1
		case c == '\t':
			col, next = col+4-col%4, i+1
		case (c == '-' || c == '+' || c == '*') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			col, next = col+1, i+1
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 >= len(line) || line[j] != '.' && line[j] != ')' || line[j+1] != ' ' && line[j+1] != '\t' {
				return col, i
			}
			col, next = col+j+1-i, j+1
		default:
			return col, i
		}
		i = next
	}
	return col, i
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

// htmlText is the text of a raw HTML block as both editions print it:
// sanitized by rawhtml (so the content of a removed <script> is not text),
// tags and comments left out.
func htmlText(raw []byte) string {
	toks, _ := rawhtml.Parse(string(raw), rawhtml.Block)
	var sb strings.Builder
	for _, t := range toks {
		if t.Kind == rawhtml.Text {
			sb.WriteString(t.Text)
		} else {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}
