// Package book is Quire's shared model of a book: its metadata, its chapters
// (each parsed once into a goldmark AST), one book-wide anchor namespace, the
// resolved links and images, and one table of contents. Both renderers (epub
// and pdf) read this model and nothing else; it imports neither of them.
package book

import (
	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/l10n"
)

// Book is a loaded, parsed and validated book. It is read-only once Load
// returns: renderers may walk it concurrently.
type Book struct {
	Meta Metadata

	// Parts lists the parts named in book.yaml, in order (often empty).
	Parts []*Part
	// Chapters lists every chapter in reading order, inside parts or not.
	Chapters []*Chapter
	// Spine is the reading order of the book's divisions after the title
	// page: a part's title page comes right before its first chapter.
	Spine []Division
	// TOC is the table of contents: top-level entries are parts and the
	// chapters outside parts. Both editions print exactly this tree.
	TOC []*TOCEntry
	// Images lists every image the book uses (the cover first, if any), once
	// each, in order of first use.
	Images []*Image
	// Cover is the cover image named in book.yaml or, when it names none,
	// the one Quire draws (CoverDrawn; its Path is ""). Nil only for a book
	// without a title.
	Cover *Image
	// CoverDrawn says Cover was drawn by Quire (package cover).
	CoverDrawn bool

	links  map[*ast.Link]LinkTarget
	images map[*ast.Image]*Image
	notes  map[noteKey]*Chapter
}

// noteKey names a footnote: goldmark numbers notes per parse, and the
// chapters of a one-file book share one parse.
type noteKey struct {
	file  string
	index int
}

// Division is one item of the reading order: exactly one field is set.
type Division struct {
	Part    *Part
	Chapter *Chapter
}

// Metadata is what book.yaml (or a single file's front matter) says about the
// book, validated and with defaults filled in.
type Metadata struct {
	Title    string
	Subtitle string
	// Creators lists authors and other contributors in the order given.
	// Role is a MARC relator code ("aut" unless said otherwise).
	Creators []Creator
	// Language is a well-formed BCP 47 tag, e.g. "en" or "pt-BR".
	Language string
	// Direction is the direction the book's text is written in, as set:
	// LTR or RTL, or "" (auto) to follow Language. Read it with RTL or Dir.
	Direction string
	// Identifier is the unique identifier: as given, or "urn:uuid:…" derived
	// from the title and the authors (stable across builds).
	Identifier  string
	Publisher   string
	Date        string // "YYYY", "YYYY-MM" or "YYYY-MM-DD", or ""
	Rights      string
	Description string
	Subjects    []string
	Series      *Series
	// TOCDepth is how many heading levels the table of contents shows
	// (1: chapter titles only). Default 2.
	TOCDepth int
	// Slug names the output files: <slug>.epub, <slug>.pdf.
	Slug string
	// PDF is the print setup of the PDF edition (book.yaml's pdf section,
	// defaults filled in): see PDFSettings.
	PDF PDFSettings
	// NoHyphenation is set by book.yaml's `hyphenate: false`: the PDF breaks
	// lines only between words.
	NoHyphenation bool
	// Strings are the book's own wordings of the words Quire writes into
	// it (book.yaml's strings section), by catalogue key: see Words.
	Strings map[string]string
}

// Words are the words Quire writes into the book (the navigation's titles,
// note back-links, alert labels, credits…): the catalogue of its language,
// English if Quire has none, under the book's Strings. Both editions take
// them from here.
func (m Metadata) Words() l10n.Words { return l10n.For(m.Language, m.Strings) }

// Authors returns the creators whose role is "aut".
func (m Metadata) Authors() []Creator {
	var out []Creator
	for _, c := range m.Creators {
		if c.Role == "aut" {
			out = append(out, c)
		}
	}
	return out
}

// AuthorNames returns the names of the authors, in order.
func (m Metadata) AuthorNames() []string {
	var out []string
	for _, c := range m.Authors() {
		out = append(out, c.Name)
	}
	return out
}

// Creator is an author, editor, translator, illustrator…
type Creator struct {
	Name   string
	Role   string // MARC relator code: aut, edt, trl, ill, …
	FileAs string // sort form, e.g. "Liu, Jinsong"; may be ""
}

// Series is the series a book belongs to.
type Series struct {
	Name     string
	Position string // as written: "2", "2.5"; may be ""
}

// Part groups chapters; it has its own title page and TOC level.
type Part struct {
	Title    string
	ID       string // unique output name, e.g. "part-1" (part-1.xhtml)
	Anchor   string // book-wide anchor of the part's title page
	Chapters []*Chapter
	Pos      Pos // where book.yaml declares it
}

// Chapter is one Markdown file (or, for a single-file book, one level-1
// section of it), parsed once.
type Chapter struct {
	// File is the source file, slash-separated and relative to the book root.
	File string
	// ID is the chapter's unique output name, derived from the file name
	// (not the title): "chapters/one.md" gives "one" and the EPUB file
	// "one.xhtml". It is a valid XML name.
	ID string
	// Title is the chapter title as plain text.
	Title string
	// TitleNode is the chapter's first level-1 heading, or nil when it has
	// none (the title then came from front matter or the file name).
	// Renderers print the title from this node (with its inline markup) when
	// it is set, and as plain Title text before the body otherwise. Title
	// differs from TitleNode's text when front matter sets a title.
	TitleNode *ast.Heading
	// Anchor is the book-wide anchor of the chapter's start (TitleNode's
	// id when there is one).
	Anchor string
	// Part is the part the chapter belongs to, or nil.
	Part *Part
	// Parent is the chapter this one is nested under in the TOC (an mdBook
	// sub-chapter), or nil; it comes right before its children in
	// Chapters and shares their Part.
	Parent *Chapter
	// Source is the Markdown text every segment of Doc points into.
	Source []byte
	// Doc is the parsed chapter. Every heading carries its book-wide anchor
	// as the "id" attribute. Footnote definitions are gathered by goldmark
	// into one *extension/ast.FootnoteList, the last child of Doc.
	Doc *ast.Document
	// Headings lists every heading of Doc in order (the title included).
	Headings []*Heading
	ranks    map[*ast.Heading]int // Heading.Rank by node, for the renderers

	file     string // the source file name used in positions
	lineBase int    // lines before Source in the file (front matter)
	starts   []int  // byte offsets of line starts in Source

	// spans says where stretches of Source come from when it has includes
	// expanded (include.go); nil: all of it from file.
	spans []srcSpan
}

// Heading is one heading of a chapter.
type Heading struct {
	Level int // as written: # is 1; it sets the heading's look
	// Rank is the heading's level in an outline without skipped levels,
	// what screen readers expect (a #### right under a # has rank 2): the
	// EPUB's h1–h6 and the PDF's tags use it, styled as Level.
	Rank   int
	Text   string // plain text
	Anchor string // book-wide unique id
	Node   *ast.Heading
	Pos    Pos
}

// Rank returns the outline rank of a heading of the chapter (see
// Heading.Rank); its level for a node the chapter does not list.
func (c *Chapter) Rank(h *ast.Heading) int {
	if r, ok := c.ranks[h]; ok {
		return r
	}
	return h.Level
}

// rankHeadings gives the chapter's headings their ranks: a heading is
// ranked one below the nearest heading before it of a smaller level (the
// chapter's title, rank 1, when there is none), so that ranks never skip
// and headings of one level under one parent share a rank.
func (c *Chapter) rankHeadings() {
	c.ranks = make(map[*ast.Heading]int, len(c.Headings))
	type open struct{ level, rank int }
	stack := []open{{1, 1}} // the chapter's title, printed from front matter or not
	for i, h := range c.Headings {
		level := max(h.Level, 1)
		for len(stack) > 0 && stack[len(stack)-1].level >= level {
			stack = stack[:len(stack)-1]
		}
		h.Rank = 1
		if len(stack) > 0 {
			h.Rank = stack[len(stack)-1].rank + 1
		}
		if i == 0 && h.Node == c.TitleNode {
			h.Rank = 1
		}
		stack = append(stack, open{level, h.Rank})
		c.ranks[h.Node] = h.Rank
	}
}

// TOCKind says what a TOC entry points at.
type TOCKind int

const (
	TOCPart TOCKind = iota
	TOCChapter
	TOCHeading
)

// TOCEntry is one entry of the table of contents.
type TOCEntry struct {
	Kind  TOCKind
	Title string // plain text
	// Depth is the entry's depth in the tree, 1 for top-level entries.
	Depth int
	// Part is set for TOCPart entries; Chapter for the others.
	Part    *Part
	Chapter *Chapter
	// Anchor is the book-wide anchor the entry points at.
	Anchor   string
	Children []*TOCEntry
}

// Image is one image file the book uses.
type Image struct {
	// Path is the image file, slash-separated and relative to the book root.
	Path string
	// Name is its unique name inside the EPUB, e.g. "images/cover.jpg".
	Name      string
	Data      []byte
	MediaType string // image/jpeg, image/png or image/gif
	Format    string // "jpeg", "png" or "gif"
	Width     int    // pixels
	Height    int
}

// LinkTarget is where a Markdown link goes.
//   - External: URL is set (http:, https:, mailto:, …); use it as is.
//   - Internal: Chapter is set and Anchor is a book-wide anchor in it.
//   - Broken: neither is set; render the link text as plain text (a warning
//     was already reported).
type LinkTarget struct {
	URL     string
	Chapter *Chapter
	Anchor  string
}

// Link returns the resolved target of a link node of one of the book's
// chapters.
func (b *Book) Link(n *ast.Link) LinkTarget { return b.links[n] }

// ImageOf returns the image an image node of one of the book's chapters
// shows. It is never nil for a book that loaded without errors.
func (b *Book) ImageOf(n *ast.Image) *Image { return b.images[n] }

// NoteHome returns the chapter that holds footnote index as referred to
// from ch: ch itself, except in a one-file book, where a note lives in the
// section that first refers to it. Link to home.NoteID(index).
func (b *Book) NoteHome(ch *Chapter, index int) *Chapter {
	if home := b.notes[noteKey{ch.File, index}]; home != nil {
		return home
	}
	return ch
}

// NoteID is the book-wide id of footnote number index (goldmark's
// Footnote.Index / FootnoteLink.Index) of the chapter.
func (c *Chapter) NoteID(index int) string { return noteID(c.ID, index) }

// NoteRefID is the book-wide id of the first reference to footnote index.
func (c *Chapter) NoteRefID(index int) string { return noteRefID(c.ID, index) }

// Pos returns the position, in the chapter's source file (or in the file
// an include brought the text from), of a byte offset into Source.
func (c *Chapter) Pos(offset int) Pos {
	if c.spans != nil {
		return c.spanPos(offset)
	}
	line, col := lineCol(c.starts, c.Source, offset)
	return Pos{File: c.file, Line: line + c.lineBase, Col: col}
}

// NodePos returns the source position of a node, or of its nearest ancestor
// that knows its position.
func (c *Chapter) NodePos(n ast.Node) Pos {
	for ; n != nil; n = n.Parent() {
		if p := n.Pos(); p >= 0 {
			return c.Pos(p)
		}
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			return c.Pos(n.Lines().At(0).Start)
		}
	}
	return Pos{File: c.file, Line: c.lineBase + 1, Col: 1}
}

// TOCFlat returns the TOC entries in reading (pre-)order.
func (b *Book) TOCFlat() []*TOCEntry {
	var out []*TOCEntry
	var walk func([]*TOCEntry)
	walk = func(es []*TOCEntry) {
		for _, e := range es {
			out = append(out, e)
			walk(e.Children)
		}
	}
	walk(b.TOC)
	return out
}

// ImageStats counts the images in the chapters (the cover aside) and
// those of them without alt text.
func (b *Book) ImageStats() (images, withoutAlt int) {
	for _, c := range b.Chapters {
		ast.Walk(c.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if img, ok := n.(*ast.Image); ok && entering {
				images++
				if PlainText(img, c.Source) == "" {
					withoutAlt++
				}
			}
			return ast.WalkContinue, nil
		})
	}
	return images, withoutAlt
}
