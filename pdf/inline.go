package pdf

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

func (r *renderer) text(n ast.Node, c inlineCtx) []run {
	t := n.(*ast.Text)
	s := string(t.Segment.Value(r.src()))
	x := run{text: s, st: c.st, link: c.link, src: t.Segment.Start + 1}
	switch {
	case t.HardLineBreak():
		x.brk = true
	case t.SoftLineBreak():
		x.text += "\n" // a space, but none between CJK characters (see toWords)
	}
	return []run{x}
}

func (r *renderer) str(n ast.Node, c inlineCtx) []run {
	return []run{{text: string(n.(*ast.String).Value), st: c.st, link: c.link, src: nearSrc(n), srcNear: true}}
}

// nearSrc is 1 + the source offset of an inline node without text of its
// own in the source (smart punctuation, an autolink): its own position when
// the parser recorded one, else that of the nearest text before or after
// it; 0 when there is none.
func nearSrc(n ast.Node) int {
	if p := n.Pos(); p >= 0 {
		return p + 1
	}
	for k := n.PreviousSibling(); k != nil; k = k.PreviousSibling() {
		if t, ok := k.(*ast.Text); ok {
			return t.Segment.Stop + 1
		}
	}
	for k := n.NextSibling(); k != nil; k = k.NextSibling() {
		if t, ok := k.(*ast.Text); ok {
			return t.Segment.Start + 1
		}
	}
	if p := n.Parent(); p != nil && p.Type() == ast.TypeInline {
		return nearSrc(p)
	}
	return 0
}

func (r *renderer) codeSpan(n ast.Node, c inlineCtx) []run {
	var sb strings.Builder
	src := 0
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		switch t := k.(type) {
		case *ast.Text:
			if src == 0 {
				src = t.Segment.Start + 1
			}
			sb.Write(t.Segment.Value(r.src()))
		case *ast.String:
			sb.Write(t.Value)
		}
	}
	st := c.st
	st.face = face{mono: true, bold: st.face.bold}
	st.size = c.st.size * 0.88
	if src == 0 {
		src = nearSrc(n)
	}
	return []run{{text: sb.String(), st: st, link: c.link, src: src, srcNear: true}}
}

func (r *renderer) emphasis(n ast.Node, c inlineCtx) []run {
	if n.(*ast.Emphasis).Level >= 2 {
		c.st.face.bold = true
	} else {
		c.st.face.italic = !c.st.face.italic
	}
	return r.inlines(n, c)
}

func (r *renderer) strikethrough(n ast.Node, c inlineCtx) []run {
	c.st.strike = true
	return r.inlines(n, c)
}

func (r *renderer) link(n ast.Node, c inlineCtx) []run {
	t := r.b.Link(n.(*ast.Link))
	switch {
	case t.URL != "":
		c.link = target{url: t.URL}
	case t.Chapter != nil:
		a := t.Anchor
		if a == "" {
			a = t.Chapter.Anchor
		}
		r.fallback[a] = t.Chapter.Anchor
		c.link = target{anchor: a}
	default: // broken: plain text
		return r.inlines(n, c)
	}
	c.st.color = linkBlue
	return r.inlines(n, c)
}

func (r *renderer) autoLink(n ast.Node, c inlineCtx) []run {
	a := n.(*ast.AutoLink)
	url := string(a.URL(r.src()))
	if a.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(url, "mailto:") {
		url = "mailto:" + url
	}
	c.st.color = linkBlue
	return []run{{text: string(a.Label(r.src())), st: c.st, link: target{url: url}, src: nearSrc(n), srcNear: true}}
}

func (r *renderer) image(n ast.Node, c inlineCtx) []run {
	if r.b.ImageOf(n.(*ast.Image)) == nil {
		// A remote image (a README's badge), which the book does not
		// show: its alt text, in the line.
		return r.inlines(n, c)
	}
	return []run{{image: n.(*ast.Image), st: c.st, link: c.link}}
}

func (r *renderer) rawHTML(n ast.Node, c inlineCtx) []run {
	return htmlInline(r.b.HTML(n), c, nearSrc(n)) // html.go
}

// footnoteLink sets a note reference as a superscript number that links to
// the note; the reference's own anchor lets the note link back. The first
// reference to a note sets the note, to go at the foot of the page the
// reference lands on.
func (r *renderer) footnoteLink(n ast.Node, c inlineCtx) []run {
	fl := n.(*east.FootnoteLink)
	st := c.st
	st.face = face{}
	st.size = c.st.size * 0.68
	st.rise = c.st.size * 0.36
	st.color = linkBlue
	st.underline, st.strike = false, false
	var note, ref, first string
	if r.ch != nil {
		home := r.b.NoteHome(r.ch, fl.Index)
		note = home.NoteID(fl.Index)
		if fl.RefIndex == 0 {
			ref = r.ch.NoteRefID(fl.Index)
			if r.setNote(home, fl.Index) != nil {
				first = note
			}
		}
	}
	return []run{{text: strconv.Itoa(fl.Index), st: st, link: target{anchor: note}, anchor: ref, note: first, src: nearSrc(n), srcNear: true}}
}
