package rawhtml

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// Kind is what a Token is.
type Kind uint8

const (
	Text  Kind = iota + 1 // character data, entities resolved
	Start                 // a start tag, ended by a later End
	End                   // an end tag
	Void                  // an element without content (br, hr, img, wbr, col)
)

// Attr is a kept attribute, its value with entities resolved.
type Attr struct{ Key, Val string }

// Token is one piece of sanitized HTML. Tag and attribute names are lower
// case; Offset is the byte offset in the fragment it came from (for an
// implied tag, where it was implied).
type Token struct {
	Kind   Kind
	Tag    string
	Attrs  []Attr
	Text   string
	Offset int
}

// Attr returns the value of the attribute key and whether it is there.
func (t Token) Attr(key string) (string, bool) {
	for _, a := range t.Attrs {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// Issue is something removed from a fragment, at a byte offset in it.
type Issue struct {
	Offset  int
	Message string
}

// Mode is where the fragments of a Balancer sit.
type Mode uint8

const (
	// Block fragments (goldmark's HTML blocks) sit among blocks: they may
	// open block elements, and loose text at the top gets a paragraph.
	Block Mode = iota
	// Inline fragments (goldmark's raw HTML) sit inside a paragraph:
	// block elements are dropped (their text is kept).
	Inline
)

// maxDepth bounds how many elements a Balancer keeps open; deeper tags
// are dropped (their text is kept).
const maxDepth = 256

// htmlVoids are the HTML elements that never have content or an end tag.
var htmlVoids = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true,
	"track": true, "wbr": true, "param": true, "keygen": true, "frame": true,
}

// entry is an element open in a Balancer. A dropped entry stands for a
// start tag that was not kept, so that its end tag is not taken for an
// outer element's.
type entry struct {
	tok         Token
	name        string // the tag as written (tok.Tag may be "span" for a <bdo>)
	dropped     bool
	needSummary bool // an open <details> whose first child is still to come
	empty       bool // nothing written inside yet (but white space)
	rows        bool // a <table> with rows right inside it (no thead/tbody)
}

// Balancer sanitizes the raw HTML fragments of one container (a
// paragraph's inline tags, or a block's sibling HTML blocks) in order,
// keeping their elements balanced and well nested across fragments.
type Balancer struct {
	mode      Mode
	noLinks   bool
	stack     []entry
	skip      string // the element whose content is being dropped
	skipDepth int
	out       []Token
	issues    []Issue
}

// NewBalancer returns a Balancer for fragments in mode.
func NewBalancer(mode Mode) *Balancer { return &Balancer{mode: mode} }

// NoLinks makes the Balancer drop <a> tags (keeping their text): for HTML
// inside a Markdown link, where a nested link would be invalid.
func (b *Balancer) NoLinks() { b.noLinks = true }

// Parse sanitizes one self-contained fragment: Add then Close.
func Parse(fragment string, mode Mode) ([]Token, []Issue) {
	b := NewBalancer(mode)
	toks, issues := b.Add(fragment)
	return append(toks, b.Close()...), issues
}

// Add sanitizes the next fragment and returns its tokens and what was
// removed from it. Elements it opens may stay open for later fragments.
func (b *Balancer) Add(fragment string) ([]Token, []Issue) {
	b.out, b.issues = nil, nil
	z := html.NewTokenizer(strings.NewReader(fragment))
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := len(z.Raw())
		switch tt {
		case html.TextToken:
			b.text(string(z.Text()), off)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			var attrs []html.Attribute
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs = append(attrs, html.Attribute{Key: string(k), Val: string(v)})
			}
			b.start(string(name), attrs, tt == html.SelfClosingTagToken, off)
		case html.EndTagToken:
			name, _ := z.TagName()
			b.end(string(name), off)
		}
		// comments and doctypes are dropped silently
		off += raw
	}
	out, issues := b.out, b.issues
	b.out, b.issues = nil, nil
	return out, issues
}

// Gap says that non-HTML content (Markdown blocks) comes next, before the
// next fragment, and returns the tokens to end the previous fragment with:
// in Block mode, the elements that cannot hold blocks are closed (a
// paragraph, a span) or given the child that can (a list item, a cell).
func (b *Balancer) Gap(at int) []Token {
	b.out = nil
	if b.mode == Block {
		for {
			i := b.top()
			if i < 0 {
				break
			}
			e := &b.stack[i]
			c := elements[e.tok.Tag]
			if c == flow {
				b.summary(i, at)
				e.empty = false
				break
			}
			if c == structural {
				b.implyChild(at)
				continue
			}
			b.popTo(i, at)
		}
	}
	out := b.out
	b.out = nil
	return out
}

// Close ends every element still open and returns the end tags.
func (b *Balancer) Close(at ...int) []Token {
	b.out = nil
	off := 0
	if len(at) > 0 {
		off = at[0]
	}
	if len(b.stack) > 0 {
		b.popTo(0, off)
	}
	b.skip, b.skipDepth = "", 0
	out := b.out
	b.out = nil
	return out
}

// Open returns the start tags of the elements open now, outermost first.
func (b *Balancer) Open() []Token {
	var out []Token
	for _, e := range b.stack {
		if !e.dropped {
			out = append(out, e.tok)
		}
	}
	return out
}

func (b *Balancer) issue(off int, format string, args ...any) {
	b.issues = append(b.issues, Issue{Offset: off, Message: fmt.Sprintf(format, args...)})
}

// top returns the index of the innermost kept element, or -1.
func (b *Balancer) top() int {
	for i := len(b.stack) - 1; i >= 0; i-- {
		if !b.stack[i].dropped {
			return i
		}
	}
	return -1
}

func (b *Balancer) topTag() string {
	if i := b.top(); i >= 0 {
		return b.stack[i].tok.Tag
	}
	return ""
}

func (b *Balancer) emit(t Token) {
	b.out = append(b.out, t)
	if i := b.top(); i >= 0 && (t.Kind != Text || strings.TrimSpace(t.Text) != "") {
		b.stack[i].empty = false
		if t.Tag == "tr" && b.stack[i].tok.Tag == "table" {
			b.stack[i].rows = true
		}
	}
}

// push opens a kept element.
func (b *Balancer) push(t Token) { b.pushAs(t, t.Tag) }

// pushAs opens a kept element written as name in the source.
func (b *Balancer) pushAs(t Token, name string) {
	b.emit(t)
	b.stack = append(b.stack, entry{tok: t, name: name, needSummary: t.Tag == "details", empty: true})
}

func (b *Balancer) pushDropped(tag string, off int) {
	if len(b.stack) < maxDepth {
		b.stack = append(b.stack, entry{tok: Token{Kind: Start, Tag: tag, Offset: off}, name: tag, dropped: true})
	}
}

// popTo closes the elements from the innermost down to stack[i].
func (b *Balancer) popTo(i, off int) {
	for len(b.stack) > i {
		j := len(b.stack) - 1
		e := b.stack[j]
		if !e.dropped {
			b.summary(j, off)
		}
		b.stack = b.stack[:j]
		if !e.dropped {
			b.out = append(b.out, Token{Kind: End, Tag: e.tok.Tag, Offset: off})
		}
	}
}

// summary gives an open <details> the <summary> it must start with.
func (b *Balancer) summary(i, off int) {
	if e := &b.stack[i]; e.needSummary {
		e.needSummary = false
		b.emit(Token{Kind: Start, Tag: "summary", Offset: off})
		b.out = append(b.out, Token{Kind: End, Tag: "summary", Offset: off})
	}
}

// implyChild opens the child a structural element needs before content.
func (b *Balancer) implyChild(off int) {
	switch b.topTag() {
	case "ul", "ol":
		b.push(Token{Kind: Start, Tag: "li", Offset: off})
	case "dl":
		b.push(Token{Kind: Start, Tag: "dd", Offset: off})
	case "table", "thead", "tbody", "tfoot":
		b.push(Token{Kind: Start, Tag: "tr", Offset: off})
	case "tr":
		b.push(Token{Kind: Start, Tag: "td", Offset: off})
	case "colgroup":
		b.popTo(b.top(), off)
	}
}

// prepareContent makes the innermost element ready for text or a
// phrasing element.
func (b *Balancer) prepareContent(off int) {
	for {
		i := b.top()
		if i < 0 {
			if b.mode == Block {
				b.push(Token{Kind: Start, Tag: "p", Offset: off})
			}
			return
		}
		if elements[b.stack[i].tok.Tag] != structural {
			b.summary(i, off)
			return
		}
		b.implyChild(off)
	}
}

func (b *Balancer) text(s string, off int) {
	if b.skip != "" || s == "" {
		return
	}
	if strings.TrimSpace(s) == "" {
		if b.top() >= 0 || b.mode == Inline {
			b.emit(Token{Kind: Text, Text: s, Offset: off})
		}
		return
	}
	b.prepareContent(off)
	b.emit(Token{Kind: Text, Text: s, Offset: off})
}

func (b *Balancer) start(tag string, attrs []html.Attribute, selfClosing bool, off int) {
	if b.skip != "" {
		if tag == b.skip && !selfClosing {
			b.skipDepth++
		}
		return
	}
	isVoid := htmlVoids[tag]
	if r, ok := removed[tag]; ok {
		b.issue(off, "<%s> removed from raw HTML (%s)", tag, r.why)
		switch {
		case isVoid || selfClosing:
		case r.dropContent:
			b.skip, b.skipDepth = tag, 1
		default:
			b.pushDropped(tag, off)
		}
		return
	}
	if _, ok := elements[tag]; !ok {
		// unknown: drop the tag, keep the text
		if !isVoid && !selfClosing {
			b.pushDropped(tag, off)
		}
		return
	}
	kept, issues := sanitizeAttrs(tag, attrs)
	for _, m := range issues {
		b.issue(off, "%s", m)
	}
	t := Token{Kind: Start, Tag: rename(tag, kept), Attrs: kept, Offset: off}
	if !b.place(t) {
		if !isVoid && !selfClosing {
			b.pushDropped(tag, off)
		}
		return
	}
	switch {
	case isVoid:
		t.Kind = Void
		b.emit(t)
	case selfClosing:
		b.emit(t)
		b.out = append(b.out, Token{Kind: End, Tag: t.Tag, Offset: off})
	default:
		b.pushAs(t, tag)
	}
}

// rename turns elements that would be invalid without an attribute into
// spans: <bdo> without dir, <time> without a datetime.
func rename(tag string, attrs []Attr) string {
	has := func(k string) bool {
		for _, a := range attrs {
			if a.Key == k {
				return true
			}
		}
		return false
	}
	switch {
	case tag == "bdo" && !has("dir"), tag == "time" && !has("datetime"):
		return "span"
	}
	return tag
}

// place prepares the stack for the start tag t and reports whether t may
// be written there; when it may not, its text is kept without it.
func (b *Balancer) place(t Token) bool {
	if len(b.stack) >= maxDepth {
		return false
	}
	tag, off := t.Tag, t.Offset
	if tag == "a" && (b.noLinks || b.within("a")) {
		return false
	}
	if !IsBlock(tag) {
		b.prepareContent(off)
		return true
	}
	if b.mode == Inline {
		return false
	}
	// implied end tags, as HTML parsers do
	switch tag {
	case "li":
		b.closeWithin("li", "ul", "ol")
	case "dt", "dd":
		b.closeWithin("dt", "dl")
		b.closeWithin("dd", "dl")
	case "td", "th":
		b.closeWithin("td", "tr", "table")
		b.closeWithin("th", "tr", "table")
	case "tr":
		b.closeWithin("tr", "table", "thead", "tbody", "tfoot")
	case "thead", "tbody", "tfoot":
		for _, s := range []string{"thead", "tbody", "tfoot"} {
			b.closeWithin(s, "table")
		}
	case "colgroup", "caption":
	}
	// a block inside a paragraph ends the paragraph; inside any other
	// phrasing element it cannot be written.
	for {
		i := b.top()
		if i < 0 {
			break
		}
		c := elements[b.stack[i].tok.Tag]
		if c == phrasing || c == phraseBlk {
			if b.stack[i].tok.Tag != "p" || !b.onlyPhrasingAbove(i) {
				return false
			}
			b.popTo(i, off)
			continue
		}
		break
	}
	parent := b.topTag()
	if i := b.top(); i >= 0 && b.stack[i].needSummary {
		if tag == "summary" {
			b.stack[i].needSummary = false
			return true
		}
		b.summary(i, off)
	}
	switch tag {
	case "summary":
		return false
	case "li":
		return parent == "ul" || parent == "ol"
	case "dt", "dd":
		return parent == "dl"
	case "tr":
		return parent == "table" || parent == "thead" || parent == "tbody" || parent == "tfoot"
	case "td", "th":
		if parent == "table" || parent == "thead" || parent == "tbody" || parent == "tfoot" {
			b.implyChild(off)
			parent = "tr"
		}
		return parent == "tr"
	case "thead", "tbody", "tfoot", "colgroup":
		return parent == "table" && !b.stack[b.top()].rows
	case "caption":
		return parent == "table" && b.stack[b.top()].empty
	case "col":
		return parent == "colgroup"
	case "figcaption":
		return parent == "figure"
	}
	if elements[parent] == structural {
		b.implyChild(off)
		if elements[b.topTag()] == structural { // a colgroup was closed
			b.implyChild(off)
		}
	}
	return true
}

// within reports whether an element tag is open.
func (b *Balancer) within(tag string) bool {
	for _, e := range b.stack {
		if !e.dropped && e.tok.Tag == tag {
			return true
		}
	}
	return false
}

// onlyPhrasingAbove reports whether every kept element above stack[i] is
// a phrasing element (so closing stack[i] closes only those).
func (b *Balancer) onlyPhrasingAbove(i int) bool {
	for _, e := range b.stack[i+1:] {
		if !e.dropped && elements[e.tok.Tag] != phrasing {
			return false
		}
	}
	return true
}

// closeWithin closes an open tag element found before any of the scope
// elements (looking outwards from the innermost).
func (b *Balancer) closeWithin(tag string, scope ...string) {
	for i := len(b.stack) - 1; i >= 0; i-- {
		e := b.stack[i]
		if e.dropped {
			continue
		}
		if e.tok.Tag == tag {
			b.popTo(i, e.tok.Offset)
			return
		}
		for _, s := range scope {
			if e.tok.Tag == s {
				return
			}
		}
	}
}

func (b *Balancer) end(tag string, off int) {
	if b.skip != "" {
		if tag == b.skip {
			b.skipDepth--
			if b.skipDepth == 0 {
				b.skip = ""
			}
		}
		return
	}
	for i := len(b.stack) - 1; i >= 0; i-- {
		if b.stack[i].name == tag {
			b.popTo(i, off)
			return
		}
	}
	// a stray end tag is dropped
}
