package book

import (
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/quire-books/quire/rawhtml"
)

// Raw HTML in a chapter is sanitized here, once, at load time (package
// rawhtml keeps an allowlist and balances the tags): both renderers write
// the same tokens. Every removal is a warning at the place it was written.
// Links and images in the HTML are resolved like Markdown ones, and ids
// join the book's anchor namespace (renamed when taken).

// HTMLToken is one token of a raw HTML node, sanitized, with what the book
// resolved for it.
type HTMLToken struct {
	rawhtml.Token
	// Link is where an <a href> goes (zero: write its text without a link).
	Link LinkTarget
	// Image is an <img>'s image (nil: write its alt text instead).
	Image *Image
}

// Attribute names under which the sanitized HTML hangs on the AST nodes.
const (
	htmlAttr     = "quire-html"
	htmlOpenAttr = "quire-html-open"
)

// HTML returns the sanitized tokens of a raw HTML node (*ast.HTMLBlock or
// *ast.RawHTML) of one of the book's chapters. The tokens of the HTML
// nodes that are children of one node, read in order, are balanced: an
// element opened by one may be closed by a later one, with Markdown nodes
// in between. HTML blocks may hold block elements; inline raw HTML holds
// inline elements only.
func (b *Book) HTML(n ast.Node) []HTMLToken {
	v, _ := n.Attribute([]byte(htmlAttr))
	toks, _ := v.([]HTMLToken)
	return toks
}

// HTMLOpen returns the start tags of the inline raw HTML elements open
// around an inline node (e.g. the text between <kbd> and </kbd>),
// outermost first, or nil.
func (b *Book) HTMLOpen(n ast.Node) []rawhtml.Token {
	v, _ := n.Attribute([]byte(htmlOpenAttr))
	toks, _ := v.([]rawhtml.Token)
	return toks
}

// htmlNode is called by resolve's walk for every node of ch, in order.
// On the first chapter's document it sanitizes all the raw HTML of the
// book, reporting what it removes (so that the ids the HTML declares are
// known before any link is resolved); on a raw HTML node it resolves the
// node's links and images, in reading order with the Markdown ones.
func (l *loader) htmlNode(ch *Chapter, n ast.Node) {
	switch n.Kind() {
	case ast.KindDocument:
		if n == ch.Doc && ch == l.b.Chapters[0] {
			for _, c := range l.b.Chapters {
				l.sanitizeHTML(c)
			}
		}
	case ast.KindRawHTML, ast.KindHTMLBlock:
		l.resolveHTML(ch, n)
	}
}

// sanitizeHTML sanitizes every run of sibling raw HTML nodes of ch.
func (l *loader) sanitizeHTML(ch *Chapter) {
	_ = ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && hasHTMLChild(n) {
			l.sanitizeChildren(ch, n)
		}
		return ast.WalkContinue, nil
	})
}

func hasHTMLChild(n ast.Node) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if k := c.Kind(); k == ast.KindRawHTML || k == ast.KindHTMLBlock {
			return true
		}
	}
	return false
}

// sanitizeChildren balances the raw HTML children of parent as one
// sequence.
func (l *loader) sanitizeChildren(ch *Chapter, parent ast.Node) {
	mode := rawhtml.Block
	if parent.FirstChild().Type() == ast.TypeInline {
		mode = rawhtml.Inline
	}
	bal := rawhtml.NewBalancer(mode)
	for p := parent; p != nil; p = p.Parent() {
		if k := p.Kind(); k == ast.KindLink || k == ast.KindAutoLink {
			bal.NoLinks()
		}
	}
	var last ast.Node
	var lastFrag *fragment
	var lastToks []HTMLToken
	inHeading := parent.Kind() == ast.KindHeading
	add := func(more []rawhtml.Token) {
		if last != nil && len(more) > 0 {
			lastToks = append(lastToks, l.bookTokens(ch, lastFrag, more, inHeading)...)
			last.SetAttribute([]byte(htmlAttr), lastToks)
		}
	}
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		if k := c.Kind(); k != ast.KindRawHTML && k != ast.KindHTMLBlock {
			if last != nil {
				add(bal.Gap(len(lastFrag.text)))
			}
			if open := bal.Open(); len(open) > 0 && mode == rawhtml.Inline {
				c.SetAttribute([]byte(htmlOpenAttr), open)
			}
			continue
		}
		f := newFragment(c, ch.Source)
		toks, issues := bal.Add(f.text)
		for _, is := range issues {
			l.d.warnf(ch.Pos(f.srcOffset(is.Offset)), "%s", is.Message)
		}
		last, lastFrag, lastToks = c, f, nil
		add(toks)
	}
	if last != nil {
		add(bal.Close(len(lastFrag.text)))
	}
}

// validID reports whether an id is one Quire would write as is.
func validID(id string) bool {
	return id != "" && !strings.ContainsAny(id, " \t\n\r\f") && Slugify(id) != ""
}

// resolveHTML resolves the links and images of one raw HTML node.
func (l *loader) resolveHTML(ch *Chapter, n ast.Node) {
	toks := l.b.HTML(n)
	if len(toks) == 0 {
		return
	}
	f := newFragment(n, ch.Source)
	for i := range toks {
		t := &toks[i]
		at := ch.Pos(f.srcOffset(t.Offset))
		switch {
		case t.Tag == "a" && t.Kind == rawhtml.Start:
			if href, ok := t.Attr("href"); ok {
				t.Link = l.linkTarget(ch, href, at)
			}
		case t.Tag == "img" && t.Kind == rawhtml.Void:
			t.Image = l.htmlImage(ch, t, at)
		}
	}
}

// htmlImage loads the image an <img> names, like a Markdown image; a
// remote one is left out (its alt text is kept) with a warning.
func (l *loader) htmlImage(ch *Chapter, t *HTMLToken, at Pos) *Image {
	src, ok := t.Attr("src")
	src = strings.TrimSpace(src)
	switch {
	case !ok || src == "":
		l.d.warnf(at, "<img> without a src removed from raw HTML; its alt text is kept")
		return nil
	case isRemote(src):
		l.d.warnf(at, "<img src=%q> removed from raw HTML: Quire never downloads at build time (save the image in the book folder); its alt text is kept", src)
		return nil
	}
	p, ok := l.bookPath(webBase(path.Dir(ch.File), src), webName(src), at, "image")
	if !ok {
		return nil
	}
	return l.image(p, src, at)
}

// fragment is the source text of a raw HTML node, and where its pieces
// are in the chapter's source.
type fragment struct {
	text  string
	segs  []text.Segment
	start []int // offset in text of each segment
}

func newFragment(n ast.Node, src []byte) *fragment {
	f := &fragment{}
	var sb strings.Builder
	add := func(s text.Segment) {
		f.segs = append(f.segs, s)
		f.start = append(f.start, sb.Len())
		sb.Write(s.Value(src))
	}
	switch t := n.(type) {
	case *ast.RawHTML:
		for i := 0; i < t.Segments.Len(); i++ {
			add(t.Segments.At(i))
		}
	case *ast.HTMLBlock:
		for i := 0; i < t.Lines().Len(); i++ {
			add(t.Lines().At(i))
		}
		if t.HasClosure() {
			add(t.ClosureLine)
		}
	}
	f.text = sb.String()
	return f
}

// srcOffset maps an offset in the fragment's text to one in the source.
func (f *fragment) srcOffset(off int) int {
	for i := len(f.segs) - 1; i >= 0; i-- {
		if off >= f.start[i] {
			return f.segs[i].Start + min(off-f.start[i], f.segs[i].Len())
		}
	}
	return 0
}

// bookTokens wraps sanitized tokens, giving their ids book-wide anchors.
// inHeading says the tokens stand in a heading's text.
func (l *loader) bookTokens(ch *Chapter, f *fragment, toks []rawhtml.Token, inHeading bool) []HTMLToken {
	out := make([]HTMLToken, 0, len(toks))
	fa := l.byFile[ch.File]
	for _, t := range toks {
		for i, a := range t.Attrs {
			if a.Key != "id" {
				continue
			}
			want := a.Val
			anchor := want
			if !validID(want) || !l.ids.take(want) {
				anchor = l.ids.generate(want, "html")
				// The id is renamed, since the book has one namespace, but
				// links in this file still find it by its name. Only an
				// invalid id, or one this file already gives a place (where
				// links to it go), is worth a word; not an anchor
				// <a name="x"></a> in the chapter whose heading is x, nor
				// <span id="x"> in that heading (how GitHub documents keep
				// old links alive), nor an id some other file uses (as
				// GitHub sees each file alone).
				ref, ok := fa.lookup(want)
				if !validID(want) || ok && ref.ch == ch && t.Tag != "a" && !inHeading {
					l.d.warnf(ch.Pos(f.srcOffset(t.Offset)), "id %q in raw HTML is already used in the book (or is not a valid id); using %q", want, anchor)
				}
			}
			attrs := append([]rawhtml.Attr(nil), t.Attrs...)
			attrs[i].Val = anchor
			t.Attrs = attrs
			if fa != nil {
				fa.add(want, ch, anchor)
				fa.add(anchor, ch, anchor)
			}
		}
		out = append(out, HTMLToken{Token: t})
	}
	return out
}

// lookup returns the place a name of the file goes to; fa may be nil.
func (fa *fileAnchors) lookup(name string) (anchorRef, bool) {
	if fa == nil {
		return anchorRef{}, false
	}
	ref, ok := fa.names[name]
	return ref, ok
}
