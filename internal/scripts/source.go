// Package scripts measures how well a PDF sets the world's scripts (issue
// 12): it compares the text that pdftotext and mutool get back from a built
// PDF with the book's Markdown source, and counts the faults a reader sees:
// .notdef boxes, lost or misordered words, hyphens between CJK characters,
// and CJK lines that start with punctuation that must not start a line.
//
// The corpus under testdata/ is the preamble and first articles of the
// Universal Declaration of Human Rights in nine languages plus a mixed-script
// English book (see testdata/SOURCES.md). The measures need mutool
// (mupdf-tools) and pdftotext (poppler-utils).
package scripts

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
)

// Source is what a book's Markdown says, as plain text.
type Source struct {
	Dir      string
	Title    string
	Language string // BCP 47, from book.yaml
	Slug     string // the output files are <Slug>.epub and <Slug>.pdf
	Chapters []string
	// Blocks are the text blocks (headings, paragraphs, list items, code
	// blocks) in reading order, their inline markup stripped.
	Blocks []Block
}

// Block is one text block of the source: a heading (Level 1–6) or another
// block (Level 0).
type Block struct {
	Level int
	Text  string
}

// LoadSource reads the Quire book folder dir with Quire's own loader and
// keeps the text of its chapters.
func LoadSource(dir string) (*Source, error) {
	b, diags := book.Load(book.DirFS(dir))
	if diags.HasErrors() {
		return nil, fmt.Errorf("scripts: loading %s: %v", dir, diags)
	}
	s := &Source{Dir: dir, Title: b.Meta.Title, Language: b.Meta.Language, Slug: b.Meta.Slug}
	for _, ch := range b.Chapters {
		s.Chapters = append(s.Chapters, filepath.FromSlash(ch.File))
		s.Blocks = append(s.Blocks, blocks(ch.Doc, ch.Source)...)
	}
	return s, nil
}

// Text is the source's blocks, one a line.
func (s *Source) Text() string {
	var b strings.Builder
	for _, bl := range s.Blocks {
		b.WriteString(bl.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// blocks returns the plain text of the leaf blocks of doc in order.
func blocks(doc ast.Node, src []byte) []Block {
	var out []Block
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
			level := 0
			if h, ok := n.(*ast.Heading); ok {
				level = h.Level
			}
			if t := strings.TrimSpace(inlineText(n, src)); t != "" {
				out = append(out, Block{level, t})
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			var b strings.Builder
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				b.Write(seg.Value(src))
			}
			if t := strings.TrimSpace(b.String()); t != "" {
				out = append(out, Block{0, t})
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// inlineText is the text of n's inline children: text, code spans and link
// labels; images and raw HTML are left out.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(c.Segment.Value(src))
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(c.Value)
			case *ast.CodeSpan:
				walk(c)
			case *ast.AutoLink:
				b.Write(c.Label(src))
			case *ast.Image, *ast.RawHTML:
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}
