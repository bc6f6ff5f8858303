package pdf

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/rawhtml"
)

// Raw HTML is set from the tokens the book sanitized at load time (package
// rawhtml), as styled text: em, i, cite, var, dfn → italic; strong, b →
// bold; code, kbd, samp → monospaced; sub, sup → smaller, lowered or
// raised; del, s → struck; u, ins → underlined; mark → highlighted; a → a
// link when the book resolved it; br → a line break; an image → its alt text. Block elements
// end the line: h1–h6 are bold, li starts with a bullet, the cells of a
// table row are set on one line separated by " | ", pre keeps its lines.
// Every word is kept, in order.

// htmlStyle returns st inside the element of the start tag t.
func htmlStyle(st style, t rawhtml.Token) style {
	switch t.Tag {
	case "em", "i", "cite", "var", "dfn":
		st.face.italic = !st.face.italic
	case "strong", "b", "th", "summary", "dt":
		st.face.bold = true
	case "code", "kbd", "samp", "pre":
		st.face = face{mono: true, bold: st.face.bold}
		st.size *= 0.88
	case "sub", "sup":
		st = scriptStyle(st, t.Tag == "sup") // dialect.go
	case "del", "s":
		st.strike = true
	case "u", "ins":
		st.underline = true
	case "mark":
		st.mark = true
	case "small":
		st.size *= 0.85
	case "h1", "h2", "h3", "h4", "h5", "h6":
		st.face.bold = true
		st.size *= 1.15
	}
	return st
}

// htmlCtx returns the context of an inline node inside inline raw HTML
// elements opened by earlier sibling tags (the text between <kbd> and
// </kbd>).
func (r *renderer) htmlCtx(n ast.Node, c inlineCtx) inlineCtx {
	for _, t := range r.b.HTMLOpen(n) {
		c.st = htmlStyle(c.st, t)
	}
	return c
}

// htmlInline returns the runs of inline raw HTML tokens in c.
func htmlInline(toks []book.HTMLToken, c inlineCtx, src int) []run {
	var out []run
	stack := []inlineCtx{c}
	for _, t := range toks {
		cur := stack[len(stack)-1]
		switch t.Kind {
		case rawhtml.Text:
			out = append(out, run{text: t.Text, st: cur.st, link: cur.link, src: src, srcNear: true})
		case rawhtml.Start:
			next := cur
			next.st = htmlStyle(cur.st, t.Token)
			if t.Tag == "a" {
				if tg, ok := linkTarget(t.Link); ok {
					next.link = tg
					next.st.color = linkBlue
				}
			}
			stack = append(stack, next)
		case rawhtml.End:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case rawhtml.Void:
			switch t.Tag {
			case "br":
				out = appendBreak(out, cur.st)
			case "img":
				if alt, _ := t.Attr("alt"); alt != "" {
					out = append(out, run{text: alt, st: cur.st, link: cur.link, src: src, srcNear: true})
				}
			}
		}
	}
	return out
}

// linkTarget is the PDF link of a resolved link target.
func linkTarget(t book.LinkTarget) (target, bool) {
	switch {
	case t.URL != "":
		if _, ok := rawhtml.CleanURL(t.URL); ok {
			return target{url: t.URL}, true
		}
	case t.Chapter != nil:
		a := t.Anchor
		if a == "" {
			a = t.Chapter.Anchor
		}
		return target{anchor: a}, true
	}
	return target{}, false
}

func appendBreak(out []run, st style) []run {
	if len(out) == 0 || out[len(out)-1].brk {
		return append(out, run{st: st, brk: true})
	}
	out[len(out)-1].brk = true
	return out
}

// blockStyled are the block elements whose text htmlStyle styles.
var blockStyled = map[string]bool{
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"th": true, "dt": true, "summary": true, "pre": true,
}

// htmlBlocks sets the tokens of an HTML block: the text between block
// boundaries is set as one paragraph.
func (r *renderer) htmlBlocks(toks []book.HTMLToken, src int) {
	var pending []book.HTMLToken // inline tokens of the current paragraph
	pre := 0                     // depth inside pre
	add := func(k rawhtml.Kind, tag, text string) {
		pending = append(pending, book.HTMLToken{Token: rawhtml.Token{Kind: k, Tag: tag, Text: text}})
	}
	flush := func() {
		runs := htmlInline(pending, inlineCtx{st: r.base}, src)
		pending = pending[:0]
		if len(toWords(runs, r.meter())) == 0 {
			return
		}
		r.vspace(r.base.size * 0.6)
		r.setText(runs, alignLeft)
		r.vspace(r.base.size * 0.6)
	}
	for _, t := range toks {
		switch {
		case t.Kind == rawhtml.Text && pre > 0:
			for i, ln := range strings.Split(t.Text, "\n") {
				if i > 0 {
					add(rawhtml.Void, "br", "")
				}
				add(rawhtml.Text, "", ln)
			}
			continue
		case !rawhtml.IsBlock(t.Tag):
			pending = append(pending, t)
			continue
		}
		if t.Tag == "pre" {
			if t.Kind == rawhtml.Start {
				pre++
			} else if t.Kind == rawhtml.End && pre > 0 {
				pre--
			}
		}
		switch t.Tag {
		case "td", "th":
			if t.Kind == rawhtml.Start && hasText(pending) {
				add(rawhtml.Text, "", " | ")
			}
		case "tr":
			if t.Kind == rawhtml.End {
				add(rawhtml.Void, "br", "")
			}
		case "thead", "tbody", "tfoot", "colgroup", "col":
		default:
			if t.Kind == rawhtml.End && blockStyled[t.Tag] {
				add(rawhtml.End, t.Tag, "")
			}
			flush()
			if t.Kind == rawhtml.Start && t.Tag == "li" {
				add(rawhtml.Text, "", "• ")
			}
			if t.Kind == rawhtml.Start && blockStyled[t.Tag] {
				add(rawhtml.Start, t.Tag, "")
			}
			continue
		}
		if blockStyled[t.Tag] && t.Kind != rawhtml.Void {
			add(t.Kind, t.Tag, "")
		}
	}
	flush()
}

// hasText reports whether the current line of toks (after its last line
// break) has text.
func hasText(toks []book.HTMLToken) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		switch t := toks[i]; {
		case t.Kind == rawhtml.Void && t.Tag == "br":
			return false
		case t.Kind == rawhtml.Text && strings.TrimSpace(t.Text) != "":
			return true
		}
	}
	return false
}
