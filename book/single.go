package book

import (
	"path"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// loadSingle reads a one-file book: metadata from the front matter, one
// chapter per level-1 section (text before the first level-1 heading opens
// the book as a chapter of its own, titled with the book's title).
func (l *loader) loadSingle(name string) {
	at := Pos{File: name, Line: 1, Col: 1}
	src, ok := readSource(l.fsys, name, at, &l.d)
	if !ok {
		return
	}
	fm := splitFrontMatter(src)
	if fm.unclosed {
		l.d.errorf(at, "front matter opened with --- is never closed with --- (or ...)")
		return
	}
	if !fm.has {
		l.d.errorf(at, "a one-file book starts with YAML front matter between --- lines (title, authors, language)")
		return
	}
	body, lines := fm.body, fm.lines
	y := &yamlDoc{file: name, lineBase: 1, d: &l.d}
	entries, ok := y.parse(fm.yml)
	if !ok {
		return
	}
	entries = l.ov.apply(y, entries)
	m := decodeManifest(y, entries, at, false)
	l.b.Meta = m.meta
	// Images and the cover are relative to the file, as links are.
	if m.cover != "" && !isRemote(m.cover) {
		m.cover = path.Join(path.Dir(name), m.cover)
	}
	l.cover, l.coverP = m.cover, m.coverAt

	body, spans := l.expandIncludes(name, body, lines)
	doc := l.parseChapter(name, body, lines, spans)
	if l.progress != nil {
		l.progress(1, 1) // one file, parsed once
	}
	base := fileID(strings.TrimSuffix(path.Base(name), path.Ext(name)))
	sections := splitAtH1(doc)
	for i, sec := range sections {
		ch := &Chapter{File: name, file: name, Source: body, lineBase: lines, starts: lineStarts(body), spans: spans, Doc: sec}
		ch.ID = l.outName(base + "-" + strconv.Itoa(i+1))
		if len(sections) == 1 {
			ch.ID = base
		}
		if first, ok := sec.FirstChild().(*ast.Heading); ok && first.Level == 1 {
			l.setTitle(ch, "")
		} else {
			l.setTitle(ch, m.meta.Title)
		}
		l.addChapter(ch)
	}
}

// splitAtH1 cuts a parsed document into one document per level-1 section,
// moving each footnote to the section that first refers to it.
func splitAtH1(doc *ast.Document) []*ast.Document {
	var notes *east.FootnoteList
	if fl, ok := doc.LastChild().(*east.FootnoteList); ok {
		notes = fl
		doc.RemoveChild(doc, fl)
	}
	var out []*ast.Document
	for n := doc.FirstChild(); n != nil; {
		next := n.NextSibling()
		h, isH1 := n.(*ast.Heading)
		if len(out) == 0 || (isH1 && h.Level == 1 && out[len(out)-1].HasChildren()) {
			out = append(out, ast.NewDocument())
		}
		doc.RemoveChild(doc, n)
		out[len(out)-1].AppendChild(out[len(out)-1], n)
		n = next
	}
	if len(out) == 0 {
		out = append(out, ast.NewDocument())
	}
	if notes == nil {
		return out
	}
	owner := map[int]*ast.Document{}
	for _, d := range out {
		ast.Walk(d, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if fl, ok := n.(*east.FootnoteLink); ok && entering && owner[fl.Index] == nil {
				owner[fl.Index] = d
			}
			return ast.WalkContinue, nil
		})
	}
	lists := map[*ast.Document]*east.FootnoteList{}
	for n := notes.FirstChild(); n != nil; {
		next := n.NextSibling()
		fn := n.(*east.Footnote)
		d := owner[fn.Index]
		if d == nil {
			d = out[len(out)-1]
		}
		if lists[d] == nil {
			lists[d] = east.NewFootnoteList()
		}
		notes.RemoveChild(notes, n)
		lists[d].AppendChild(lists[d], n)
		n = next
	}
	for _, d := range out {
		if fl := lists[d]; fl != nil {
			d.AppendChild(d, fl)
		}
	}
	return out
}
