// Package pdf writes the PDF edition of a book: a title page, a printed
// table of contents, every division of the spine in reading order, and an
// outline with exactly the entries of the book's TOC.
//
// The package is split by concern: walk.go maps node kinds to handlers,
// layout.go holds the page geometry and the line breaker, flow.go moves down
// the page, toc.go prints the contents and the outline, and fonts.go embeds
// the fonts. Write is a pure function of the book and the options.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
)

// Options are the settings of a PDF build.
type Options struct {
	// Date is the build date: the PDF's creation and modification dates.
	// The zero Date stands for 1970-01-01 (fpdf would use the clock).
	Date time.Time
}

// maxPasses bounds the layouts Write makes while the page numbers it prints
// in the contents settle (they settle on the second pass unless a printed
// number moves a line).
const maxPasses = 3

// Write writes the PDF of b to w. Same book + options => same bytes.
// Nothing is written to w unless the whole document was made.
func Write(w io.Writer, b *book.Book, opt Options) error {
	var pages map[string]pos // where each anchor landed in the last pass
	var out bytes.Buffer
	for pass := 1; ; pass++ {
		r, err := layout(b, opt, pages)
		if err != nil {
			return err
		}
		if pass == maxPasses || settled(b, pages, r.anchors) {
			out.Reset()
			if err := r.p.Output(&out); err != nil {
				return fmt.Errorf("pdf: writing %q: %w", b.Meta.Title, err)
			}
			break
		}
		pages = r.anchors
	}
	_, err := w.Write(out.Bytes())
	return err
}

// settled reports whether every TOC entry lands on the page the previous
// pass printed for it.
func settled(b *book.Book, prev, cur map[string]pos) bool {
	if prev == nil {
		return false
	}
	for _, e := range b.TOCFlat() {
		if prev[e.Anchor].page != cur[e.Anchor].page {
			return false
		}
	}
	return true
}

// layout sets the whole book once. pages says where anchors landed in the
// previous pass (nil on the first): the printed contents takes its page
// numbers from it. A panic inside fpdf becomes an error naming the part of
// the book being set.
func layout(b *book.Book, opt Options, pages map[string]pos) (r *renderer, err error) {
	r = newRenderer(b, pages)
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdf: setting %s: %v", r.where, p)
		}
	}()
	r.setInfo(opt)
	r.document()
	if err := r.p.Error(); err != nil {
		return nil, fmt.Errorf("pdf: setting %s: %w", r.where, err)
	}
	return r, nil
}

// setInfo fills in the document information dictionary.
func (r *renderer) setInfo(opt Options) {
	m := r.b.Meta
	date := opt.Date
	if date.IsZero() {
		date = time.Unix(0, 0)
	}
	date = date.UTC()
	p := r.p
	p.SetTitle(m.Title, true)
	p.SetAuthor(strings.Join(m.AuthorNames(), ", "), true)
	subject := m.Subtitle
	if subject == "" {
		subject = m.Description
	}
	if subject != "" {
		p.SetSubject(subject, true)
	}
	if len(m.Subjects) > 0 {
		p.SetKeywords(strings.Join(m.Subjects, ", "), true)
	}
	if m.Language != "" {
		p.SetLang(m.Language)
	}
	p.SetCreator("Quire", true)
	p.SetProducer("Quire (fpdf)", true)
	p.SetCreationDate(date)
	p.SetModificationDate(date)
	p.SetCatalogSort(true)
}

// document sets the front matter, the spine and the outline. It stops at
// the first fpdf error (fpdf errors are sticky), with where naming the step
// that failed.
func (r *renderer) document() {
	steps := []step{
		{"the title page", func() {
			if r.b.Cover != nil {
				r.coverPage(r.b.Cover)
			}
			r.titlePage()
		}},
		{"the table of contents", r.contents},
	}
	for _, d := range r.b.Spine {
		switch {
		case d.Part != nil:
			steps = append(steps, step{fmt.Sprintf("part %q", d.Part.Title), func() { r.partPage(d.Part) }})
		case d.Chapter != nil:
			steps = append(steps, step{"chapter " + d.Chapter.File, func() { r.chapter(d.Chapter) }})
		}
	}
	steps = append(steps, step{"the links and outline", func() {
		r.resolveLinks()
		r.outline()
	}})
	for _, s := range steps {
		r.where = s.where
		s.set()
		if r.p.Error() != nil {
			return
		}
	}
}

// step is one part of the document, named for errors.
type step struct {
	where string
	set   func()
}

// renderer holds the state of one layout pass.
type renderer struct {
	b   *book.Book
	geo geometry
	p   *fpdf.Fpdf
	m   measurer

	// where names what is being set, for errors.
	where string
	ch    *book.Chapter

	// prev holds where anchors landed in the previous pass; anchors where
	// they land in this one.
	prev    map[string]pos
	anchors map[string]pos
	// links maps an anchor to its fpdf link id, created on first use.
	links     map[string]int
	linkOrder []string
	// fallback maps an anchor to the anchor its link goes to when the
	// anchor itself is never set (the start of the anchor's chapter).
	fallback map[string]string
	// images maps an image to its registered fpdf name.
	images map[*book.Image]string

	blockFns  map[ast.NodeKind]blockFunc
	inlineFns map[ast.NodeKind]inlineFunc
	listDepth int

	// noFolio marks the pages printed without a page number.
	noFolio map[int]bool

	flow
}

// pos is a place in the document: a page and a y from the page top.
type pos struct {
	page int
	y    float64
}

func newRenderer(b *book.Book, prev map[string]pos) *renderer {
	g := defaultGeometry()
	p := fpdf.NewCustom(&fpdf.InitType{
		UnitStr: "pt",
		Size:    fpdf.SizeType{Wd: g.pageW, Ht: g.pageH},
	})
	p.SetMargins(g.inner, g.top, g.outer)
	p.SetAutoPageBreak(false, g.bottom)
	p.SetCompression(true)
	registerFonts(p)
	r := &renderer{
		b:         b,
		geo:       g,
		p:         p,
		m:         newFontMeasurer(),
		prev:      prev,
		anchors:   map[string]pos{},
		links:     map[string]int{},
		fallback:  map[string]string{},
		images:    map[*book.Image]string{},
		noFolio:   map[int]bool{},
		blockFns:  blockTable(),
		inlineFns: inlineTable(),
	}
	r.flow = newFlow(g)
	p.SetFooterFunc(r.folio)
	return r
}

// linkID returns the fpdf link id of an anchor.
func (r *renderer) linkID(anchor string) int {
	id, ok := r.links[anchor]
	if !ok {
		id = r.p.AddLink()
		r.links[anchor] = id
		r.linkOrder = append(r.linkOrder, anchor)
	}
	return id
}

// resolveLinks points every internal link at where its anchor landed. A
// link to an anchor that was never set (an id the renderer does not place)
// goes to the start of its chapter, or else to the first page.
func (r *renderer) resolveLinks() {
	for _, a := range r.linkOrder {
		at, ok := r.anchors[a]
		if !ok {
			at, ok = r.anchors[r.fallback[a]]
		}
		if !ok {
			at = pos{page: 1}
		}
		r.p.SetLink(r.links[a], at.y, at.page)
	}
}

// folio prints the page number at the foot of the page.
func (r *renderer) folio() {
	n := r.p.PageNo()
	if r.noFolio[n] {
		return
	}
	st := style{size: 9, color: black}
	s := fmt.Sprint(n)
	w := r.m.width(s, st)
	useFont(r.p, st)
	r.p.SetTextColor(0, 0, 0)
	r.p.Text(r.geo.left(n)+(r.geo.measure()-w)/2, r.geo.folioBase(), s)
}
