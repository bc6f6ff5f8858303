// Package pdf writes the PDF edition of a book: a title page, a printed
// table of contents, every division of the spine in reading order, and an
// outline with exactly the entries of the book's TOC.
//
// The package is split by concern: walk.go maps node kinds to handlers
// (dialect.go has those of Quire's dialect: divs and alerts, spans,
// scripts, line blocks, page breaks), layout.go and linebreak.go break
// text into lines, flow.go moves down the page, pages.go cuts chapters
// into pages, chapters.go composes chapters concurrently, toc.go prints
// the contents and the outline, fonts.go embeds the fonts and measures
// text, profile.go turns the book's print settings into the page geometry,
// labels.go numbers the pages and prints running heads and folios,
// pageref.go prints page references, and pdffile.go and imageorder.go edit
// the file fpdf writes. Layout and Write are pure functions of the book
// and the options.
package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/quire-books/quire/third_party/fpdf"

	"github.com/quire-books/quire/shape"
	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
)

// Options are the settings of a PDF build.
type Options struct {
	// Date is the build date: the PDF's creation and modification dates.
	// The zero Date stands for 1970-01-01 (fpdf would use the clock).
	Date time.Time
	// Progress, when set, is called as pages are set, with the number of
	// pages set so far. Calls never overlap (they come from the goroutine
	// that called Layout or Write) and the number never goes down: Layout
	// sets the book more than once while its page numbers settle, and a
	// later pass reports only when it gets past the pages reported before.
	// The last call reports at least the final page count.
	Progress func(pages int)
	// Fonts is the system's fonts, searched for characters that neither
	// the book's fonts nor the bundled ones have. Nil: a search of its
	// own (share one System between builds to scan the folders once).
	Fonts *shape.System
}

// maxPasses bounds the layouts Layout makes while the page numbers it
// prints (in the contents and for page references) settle. They settle on
// the second pass unless a printed number moves a line.
const maxPasses = 5

// Document is a laid-out PDF edition: the finished file and where every
// page and anchor landed.
type Document struct {
	pdf       *pdfFile   // written by WriteTo
	pages     []pageInfo // page n is pages[n-1]
	bodyStart int        // the first body page (arabic 1)
	anchors   map[string]pos
	starts    map[int]srcPos // where the text on each page starts
	fonts     []string       // see Fonts
}

// PageStart is one body page of the PDF edition, for the EPUB page list.
type PageStart struct {
	// Label is the printed page number: "1", "37".
	Label string
	// Chapter is the chapter whose text is on the page; nil for a part
	// page or a blank page.
	Chapter *book.Chapter
	// Part is set for a part title page.
	Part *book.Part
	// Offset is the byte offset in Chapter.Source of the first word set on
	// the page; -1 when the page starts the chapter or holds no text of it.
	Offset int
}

// Layout lays out the PDF of b without writing it. Same book + options =>
// same document, byte for byte, whatever the number of CPUs.
//
// The book is set up to maxPasses times, until the page numbers it prints
// settle. Those passes are dry: they compose and paginate every chapter
// but draw nothing, and a pass composes again only the chapters whose
// printed numbers changed. Then the settled pass is made once more, drawn.
// Chapters are composed concurrently (see chapters.go) and set in order.
func Layout(b *book.Book, opt Options) (*Document, error) {
	env, err := newEnv(b, opt)
	if err != nil {
		return nil, err
	}
	var prev *pass
	for n := 1; ; n++ {
		r, err := layout(env, prev, false)
		if err != nil {
			return nil, err
		}
		if n == maxPasses || r.settled() {
			env.breaks = make([]*breakLog, len(env.plans))
			for i, c := range env.plans {
				if c != nil {
					env.breaks[i] = c.breaks
				}
			}
			env.plans = nil
			if r, err = layout(env, prev, true); err != nil {
				return nil, err
			}
			return r.finish()
		}
		prev = r.pass()
	}
}

// Write writes the PDF of b to w: Layout, then WriteTo. Nothing is written
// to w unless the whole document was made.
func Write(w io.Writer, b *book.Book, opt Options) error {
	d, err := Layout(b, opt)
	if err != nil {
		return err
	}
	_, err = d.WriteTo(w)
	return err
}

// WriteTo writes the PDF file to w.
func (d *Document) WriteTo(w io.Writer) (int64, error) {
	return d.pdf.writeTo(w)
}

// Pages returns the number of pages of the document.
func (d *Document) Pages() int { return len(d.pages) }

// PageStarts returns one entry per body page (the pages numbered in arabic
// numerals), in order.
func (d *Document) PageStarts() []PageStart {
	var out []PageStart
	for n := d.bodyStart; n >= 1 && n <= len(d.pages); n++ {
		info := d.pages[n-1]
		ps := PageStart{Label: pageLabel(n, d.bodyStart), Part: info.part, Offset: -1}
		if !info.blank {
			ps.Chapter = info.ch
		}
		if at, ok := d.starts[n]; ok && ps.Chapter != nil && at.ch == ps.Chapter && info.kind == pageText {
			ps.Offset = at.offset
		}
		out = append(out, ps)
	}
	return out
}

// PageLabel returns the printed number of the page where a book-wide anchor
// lands, and false for an anchor the PDF does not place.
func (d *Document) PageLabel(anchor string) (string, bool) {
	at, ok := d.anchors[anchor]
	if !ok || at.page < 1 {
		return "", false
	}
	return pageLabel(at.page, d.bodyStart), true
}

// pass is what one layout learned that the next one prints: where anchors
// landed and where the body starts.
type pass struct {
	anchors   map[string]pos
	fallback  map[string]string
	bodyStart int
}

// label returns the printed number of the page anchor a landed on.
func (p *pass) label(a string) (string, bool) {
	at, ok := p.anchors[a]
	if !ok {
		at, ok = p.anchors[p.fallback[a]]
	}
	if !ok || a == "" {
		return "", false
	}
	return pageLabel(at.page, p.bodyStart), true
}

func (r *renderer) pass() *pass {
	return &pass{anchors: r.anchors, fallback: r.fallback, bodyStart: r.bodyStart}
}

// printedNum is a page number the pass printed for an anchor.
type printedNum struct {
	anchor, text string
	st           style // the style it is set in
}

// settled reports whether every page number this pass printed (in the
// contents and for page references) is the number of the page its anchor
// landed on in this same pass.
func (r *renderer) settled() bool {
	p := r.pass()
	for _, n := range r.printed {
		want, ok := p.label(n.anchor)
		if !ok {
			want = refPlaceholder
		}
		if n.text != want {
			return false
		}
	}
	return true
}

// finish writes the laid-out pass to a Document, page labels included.
func (r *renderer) finish() (*Document, error) {
	r.env.engine.Forget() // all is drawn: its memory is the file's now
	r.env.smallCaps.Forget()
	var out taken
	if err := r.p.Output(&out); err != nil {
		return nil, fmt.Errorf("pdf: writing %q: %w", r.b.Meta.Title, err)
	}
	r.p = nil // done with: its buffer is out's now
	data, err := editPDF(out, r.bodyStart)
	if err != nil {
		return nil, err
	}
	var fonts []string
	for _, f := range r.glyphs.fonts() {
		fonts = append(fonts, describeFont(f))
	}
	return &Document{pdf: data, pages: r.pages, bodyStart: r.bodyStart, anchors: r.anchors, starts: r.pageStart, fonts: fonts}, nil
}

// Fonts lists the fonts embedded, in order of first use: the family, and
// the file of a font taken from the system or the book.
func (d *Document) Fonts() []string { return d.fonts }

// taken is a writer that keeps what it is given: fpdf's Output writes
// its whole buffer in one call, which then needs no copy.
type taken []byte

func (t *taken) Write(p []byte) (int, error) {
	if *t == nil {
		*t = p
	} else {
		*t = append(*t, p...)
	}
	return len(p), nil
}

// layout sets the whole book once. prev is what the previous pass learned
// (nil on the first): the printed page numbers come from it. draw says
// whether the pass draws the document or only learns where pages break and
// anchors land. A panic inside fpdf becomes an error naming the part of the
// book being set.
func layout(env *env, prev *pass, draw bool) (r *renderer, err error) {
	r = newRenderer(env, prev, draw)
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdf: setting %s: %v", r.where, p)
		}
	}()
	if draw {
		r.setInfo(env.opt)
	}
	if err := r.document(); err != nil {
		return nil, err
	}
	return r, nil
}

// editPDF makes the edits fpdf has no hooks for in a file it wrote: the
// images in a fixed order and the page labels (see pdffile.go).
func editPDF(data []byte, bodyStart int) (*pdfFile, error) {
	f, err := parsePDF(data)
	if err != nil {
		return nil, err
	}
	if err := sortImages(f); err != nil {
		return nil, err
	}
	if err := addPageLabels(f, bodyStart); err != nil {
		return nil, err
	}
	return f, nil
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

// document sets the front matter, the spine and, when the pass draws, the
// links and the outline. It stops at the first error, fpdf's included
// (fpdf errors are sticky), with where naming the step that failed. In a
// two-sided book the title page, the contents, parts and chapters open on
// a right-hand page. The chapters are composed ahead, concurrently, and
// set here in spine order.
func (r *renderer) document() error {
	front := []step{
		{"the title page", func() {
			if r.b.Cover != nil {
				r.frame = pageInfo{kind: pagePlain}
				r.coverPage(r.b.Cover)
				r.recto()
			}
			r.frame = pageInfo{kind: pagePlain}
			r.titlePage()
		}},
		{"the table of contents", func() {
			r.recto()
			r.frame = pageInfo{kind: pageOpening, contents: true}
			r.contents()
		}},
	}
	for _, s := range front {
		if err := r.run(s); err != nil {
			return err
		}
	}
	if err := r.spine(); err != nil {
		return err
	}
	if r.p == nil {
		return nil
	}
	return r.run(step{"the links and outline", func() {
		r.resolveLinks()
		r.outline()
	}})
}

// spine sets the parts and chapters in order. A dry pass reuses the
// chapters of the pass before whose printed numbers allow it, and keeps
// the plans of all for the pass after.
func (r *renderer) spine() error {
	chs := spineChapters(r.b)
	var done []*composed
	if r.p == nil {
		done = r.env.reusable(r.prev)
		r.env.plans = make([]*composed, len(chs))
	}
	next, stop := r.composeChapters(chs, done, r.p != nil)
	defer stop()
	i := 0 // the next chapter's index in chs
	for _, d := range r.b.Spine {
		switch {
		case d.Part != nil:
			err := r.run(step{fmt.Sprintf("part %q", d.Part.Title), func() {
				r.recto()
				r.startBody()
				r.frame = pageInfo{kind: pagePlain, part: d.Part}
				r.partPage(d.Part)
			}})
			if err != nil {
				return err
			}
		case d.Chapter != nil:
			c, err := next()
			if err != nil {
				return err
			}
			if r.p == nil {
				r.env.plans[i] = c
			}
			i++
			err = r.run(step{"chapter " + d.Chapter.File, func() {
				r.recto()
				r.startBody()
				r.frame = pageInfo{kind: pageOpening, ch: d.Chapter}
				r.setChapter(c)
			}})
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// run sets one step, naming it for errors.
func (r *renderer) run(s step) error {
	r.where = s.where
	s.set()
	if r.p != nil {
		if err := r.p.Error(); err != nil {
			return fmt.Errorf("pdf: setting %s: %w", r.where, err)
		}
	}
	return nil
}

// spineChapters lists the chapters of the spine in order.
func spineChapters(b *book.Book) []*book.Chapter {
	var out []*book.Chapter
	for _, d := range b.Spine {
		if d.Chapter != nil {
			out = append(out, d.Chapter)
		}
	}
	return out
}

// step is one part of the document, named for errors.
type step struct {
	where string
	set   func()
}

// renderer holds the state of one layout pass. The renderers that compose
// chapters on other goroutines (see chapters.go) are renderers too: they
// share the pass's env, prev and surface, and have their own flow.
type renderer struct {
	b   *book.Book
	geo geometry
	env *env
	m   measurer

	// surface is what the pass draws on; the document's renderer alone
	// draws on it, chapter composers only queue lines that draw on it.
	*surface

	// where names what is being set, for errors.
	where string
	ch    *book.Chapter

	// prev is what the previous pass learned (nil on the first).
	prev *pass
	// printed lists the page numbers this pass printed, to check them.
	printed []printedNum
	// fallback maps an anchor to the anchor its link goes to when the
	// anchor itself is never set (the start of the anchor's chapter).
	fallback map[string]string

	blockFns  map[ast.NodeKind]blockFunc
	inlineFns map[ast.NodeKind]inlineFunc
	listDepth int
	// kp is the line breaker's scratch space; hyph hyphenates in the
	// book's language (nil: no hyphenation).
	kp   *composeBuf
	hyph hyphenator
	// dryArena holds the fragments of the lines of a chapter composed for
	// a dry pass (see placedArena).
	dryArena *placedArena

	// noFolio marks the pages printed without a page number.
	noFolio map[int]bool
	// frame is what the pages started now hold; pages records it for
	// every page (page n is pages[n-1]); bodyStart is the first body page,
	// 0 until the body starts.
	frame     pageInfo
	pages     []pageInfo
	bodyStart int

	flow
}

// surface is the document a pass draws and what drawing records: the
// current page, where anchors landed, the links and the images. p is nil
// on a dry pass, which counts pages and lands anchors but draws nothing.
type surface struct {
	p    *fpdf.Fpdf
	page int // the page being set (1-based; 0 before the first)
	// dx shifts what is drawn right: lines queued in a chapter are set for
	// the left edge of page 1 and moved to their page's edge when drawn.
	dx      float64
	anchors map[string]pos
	// links maps an anchor to its fpdf link id, created on first use.
	links     map[string]int
	linkOrder []string
	// images maps an image to its registered fpdf name.
	images map[*book.Image]string
	// glyphs are the fonts drawn with, embedded at the end.
	glyphs *glyphFonts
}

// pos is a place in the document: a page and a y from the page top.
type pos struct {
	page int
	y    float64
}

// newRenderer starts a pass; with draw it draws on a new fpdf document.
func newRenderer(env *env, prev *pass, draw bool) *renderer {
	g := env.geo
	r := &renderer{
		b:         env.b,
		geo:       g,
		env:       env,
		m:         env.m,
		prev:      prev,
		fallback:  map[string]string{},
		noFolio:   map[int]bool{},
		blockFns:  env.blockFns,
		inlineFns: env.inlineFns,
		kp:        &composeBuf{},
		hyph:      env.hyph,
		surface: &surface{
			anchors: map[string]pos{},
			links:   map[string]int{},
			images:  map[*book.Image]string{},
		},
	}
	r.flow = newFlow(g)
	if draw {
		p := fpdf.NewCustom(&fpdf.InitType{
			UnitStr: "pt",
			Size:    fpdf.SizeType{Wd: g.pageW, Ht: g.pageH},
		})
		p.SetMargins(g.inner, g.top, g.outer)
		p.SetAutoPageBreak(false, g.bottom)
		p.SetCompression(true)
		if g.rtl {
			p.SetCatalogEntries("/ViewerPreferences <</Direction /R2L>>")
		}
		p.SetFooterFunc(r.endPage)
		r.p = p
		r.glyphs = newGlyphFonts(p)
	}
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
