package book

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/l10n"
)

// The nodes of Quire's dialect beyond CommonMark and GFM: what GitHub,
// mdBook and Pandoc authors write (GitHub alerts, Pandoc fenced divs,
// bracketed spans, sub- and superscripts, line blocks, table captions,
// page breaks). The parsers that make them are in dialect_parse.go, the
// one place that decides the dialect with markdown.go; both renderers read
// these nodes and nothing of the syntax.

// Attrs are the attributes Pandoc's {#id .class key=value} syntax gives a
// div or a span.
type Attrs struct {
	ID      string   // book-wide unique anchor once the book is loaded; "" for none
	Classes []string // in the order written
	Lang    string   // lang=…, a BCP 47 tag, or ""
	Dir     string   // dir=ltr|rtl, or ""
	// Other holds the remaining key=value pairs, in the order written.
	Other [][2]string
}

// Has reports whether class is one of the classes.
func (a *Attrs) Has(class string) bool {
	for _, c := range a.Classes {
		if c == class {
			return true
		}
	}
	return false
}

// KindDiv is the node kind of a Div.
var KindDiv = ast.NewNodeKind("Div")

// Alert kinds: the GitHub alerts, > [!NOTE] and its siblings.
const (
	AlertNote      = "note"
	AlertTip       = "tip"
	AlertImportant = "important"
	AlertWarning   = "warning"
	AlertCaution   = "caution"
)

// DivStyles are the classes of a fenced div that both editions give a
// style of their own; other classes keep their text, plainly set (in the
// EPUB they are CSS hooks).
var DivStyles = []string{"note", "warning", "tip", "important", "caution", "sidebar", "epigraph", "dedication", "center"}

// Div is a block that holds blocks: a Pandoc fenced div (::: {.sidebar})
// or a GitHub alert (> [!NOTE], Alert set and Classes holding the alert's
// kind).
type Div struct {
	ast.BaseBlock
	Attrs
	// Alert is the alert's kind (AlertNote…) for a GitHub alert, "" for a
	// fenced div.
	Alert string
	open  bool // still open while parsing (dialect_parse.go)
}

// Kind implements ast.Node.
func (n *Div) Kind() ast.NodeKind { return KindDiv }

// Dump implements ast.Node.
func (n *Div) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Alert": n.Alert, "ID": n.ID, "Classes": strings.Join(n.Classes, " ")}, nil)
}

// Style returns the first of the div's classes that has a style of its own
// (see DivStyles): the alert's kind for an alert, "" when none has.
func (n *Div) Style() string {
	if n.Alert != "" {
		return n.Alert
	}
	for _, c := range n.Classes {
		for _, s := range DivStyles {
			if c == s {
				return c
			}
		}
	}
	return ""
}

// KindSpan is the node kind of a Span.
var KindSpan = ast.NewNodeKind("Span")

// Span is a Pandoc bracketed span, [text]{.smallcaps lang=fr}: inline
// children with attributes. The classes both editions style are
// smallcaps, underline and mark.
type Span struct {
	ast.BaseInline
	Attrs
}

// Kind implements ast.Node.
func (n *Span) Kind() ast.NodeKind { return KindSpan }

// Dump implements ast.Node.
func (n *Span) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"ID": n.ID, "Classes": strings.Join(n.Classes, " "), "Lang": n.Lang}, nil)
}

// KindSubscript and KindSuperscript are the node kinds of Pandoc's
// H~2~O and r^2^.
var (
	KindSubscript   = ast.NewNodeKind("Subscript")
	KindSuperscript = ast.NewNodeKind("Superscript")
)

// Script is a subscript (~2~) or a superscript (^2^); its children are the
// inline content.
type Script struct {
	ast.BaseInline
	Super bool
}

// Kind implements ast.Node.
func (n *Script) Kind() ast.NodeKind {
	if n.Super {
		return KindSuperscript
	}
	return KindSubscript
}

// Dump implements ast.Node.
func (n *Script) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// KindLineBlock and KindLine are the node kinds of a Pandoc line block.
var (
	KindLineBlock = ast.NewNodeKind("LineBlock")
	KindLine      = ast.NewNodeKind("Line")
)

// LineBlock is a Pandoc line block (verse, addresses): lines that begin
// with "| ". Its children are Line nodes, one per line, set as they are
// broken and never justified.
type LineBlock struct{ ast.BaseBlock }

// Kind implements ast.Node.
func (n *LineBlock) Kind() ast.NodeKind { return KindLineBlock }

// Dump implements ast.Node.
func (n *LineBlock) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// Line is one line of a LineBlock; its children are its inline content.
type Line struct {
	ast.BaseBlock
	// Indent is the number of spaces the line began with after "| ": the
	// renderers indent it by that many spaces' widths.
	Indent int
}

// Kind implements ast.Node.
func (n *Line) Kind() ast.NodeKind { return KindLine }

// Dump implements ast.Node.
func (n *Line) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Indent": strings.Repeat(" ", n.Indent) + "|"}, nil)
}

// KindTableCaption is the node kind of a TableCaption.
var KindTableCaption = ast.NewNodeKind("TableCaption")

// TableCaption is a table's caption (Pandoc's "Table: …" or ": …"
// paragraph before or after a table): always the FIRST child of its
// *extension/ast.Table, its children the caption's inline content.
type TableCaption struct{ ast.BaseBlock }

// Kind implements ast.Node.
func (n *TableCaption) Kind() ast.NodeKind { return KindTableCaption }

// Dump implements ast.Node.
func (n *TableCaption) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// KindPageBreak is the node kind of a PageBreak.
var KindPageBreak = ast.NewNodeKind("PageBreak")

// PageBreak is \newpage or \pagebreak alone in a paragraph: a page break in
// the PDF, nothing in the EPUB.
type PageBreak struct{ ast.BaseBlock }

// Kind implements ast.Node.
func (n *PageBreak) Kind() ast.NodeKind { return KindPageBreak }

// Dump implements ast.Node.
func (n *PageBreak) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// FigureImage returns the image of a paragraph that is a figure: one image
// alone in its paragraph (Pandoc's implicit figures), which the book shows
// (a remote image is printed as its alt text, in the line). Its caption is
// the image's title when it has one, else its alt text (see
// FigureCaption). Nil for any other paragraph.
func (b *Book) FigureImage(p ast.Node) *ast.Image {
	if p.Kind() != ast.KindParagraph {
		return nil
	}
	fc := p.FirstChild()
	if fc == nil || fc.NextSibling() != nil {
		return nil
	}
	img, _ := fc.(*ast.Image)
	if img == nil || b.ImageOf(img) == nil {
		return nil
	}
	return img
}

// FigureCaption says what a figure's caption is: the image's title (plain
// text, already unescaped) when it has one; otherwise fromAlt is true and
// the caption is the image's alt text, its inline children (rendered with
// their markup). Both empty: no caption.
func FigureCaption(img *ast.Image) (title string, fromAlt bool) {
	if t := strings.TrimSpace(string(img.Title)); t != "" {
		return string(img.Title), false
	}
	return "", img.HasChildren()
}

// Unlisted reports whether a heading is left out of the table of contents
// ({.unlisted}).
func Unlisted(h *ast.Heading) bool { return hasClass(h, "unlisted") }

// hasClass reports whether a node's class attribute (from {.class}) holds
// class.
func hasClass(n ast.Node, class string) bool {
	v, ok := n.AttributeString("class")
	if !ok {
		return false
	}
	for _, c := range strings.Fields(attrString(v)) {
		if c == class {
			return true
		}
	}
	return false
}

// AlertLabel is the label a GitHub alert of kind is printed with, in the
// book's words (Metadata.Words): "Note", "Hinweis"…, or a book's own.
func AlertLabel(kind string, w l10n.Words) string {
	for i, k := range alertKinds {
		if k == kind {
			return w.Get(alertKeys[i])
		}
	}
	return ""
}

var alertKinds = [5]string{AlertNote, AlertTip, AlertImportant, AlertWarning, AlertCaution}

// alertKeys are the catalogue keys of the alert labels, in the order of
// alertKinds.
var alertKeys = [5]string{l10n.AlertNote, l10n.AlertTip, l10n.AlertImp, l10n.AlertWarning, l10n.AlertCaution}

// assignAttrIDs puts the ids of fenced divs, bracketed spans and table
// captions ({#id}) in the book-wide anchor namespace, after the headings', so that
// links to them land: an id already taken is renamed, with a warning.
func (l *loader) assignAttrIDs() {
	for _, ch := range l.b.Chapters {
		fa := l.byFile[ch.File]
		ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			var id *string
			switch t := n.(type) {
			case *Div:
				id = &t.ID
			case *Span:
				id = &t.ID
			case *east.Table: // Table: Caption {#id}
				v, ok := t.AttributeString("id")
				if !ok {
					return ast.WalkContinue, nil
				}
				s := attrString(v)
				defer func() { t.SetAttributeString("id", []byte(s)) }()
				id = &s
			default:
				return ast.WalkContinue, nil
			}
			if *id == "" {
				return ast.WalkContinue, nil
			}
			want := *id
			if !l.ids.take(want) {
				*id = l.ids.generate(want, "section")
				l.d.warnf(ch.NodePos(n), "id %q is already used in the book; using %q", want, *id)
			}
			fa.add(want, ch, *id)
			return ast.WalkContinue, nil
		})
	}
}
