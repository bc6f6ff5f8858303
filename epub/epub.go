// Package epub writes a book as an EPUB 3 publication (with an EPUB 2 NCX
// for older readers) that passes EPUBCheck and Ace by DAISY.
//
// Write is a pure function of the book and the options: the same input
// gives the same bytes.
package epub

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/quire-books/quire/assets"
	"github.com/quire-books/quire/book"
)

// Options are the choices Write does not find in the book.
type Options struct {
	// Modified is the build date: dcterms:modified (UTC, second precision,
	// "2006-01-02T15:04:05Z") and the date of every zip entry. The zero
	// time stands for 1980-01-01T00:00:00Z, the zip format's epoch.
	Modified time.Time
	// PageList, when set, carries the print edition's page breaks into
	// the EPUB (pagelist.go); nil: no page markers, and "{page}"
	// references print nothing.
	PageList *PageList
}

// File names inside root, besides chapters (<ch.ID>.xhtml), parts
// (<part.ID>.xhtml) and images (their Image.Name).
const (
	navFile        = "nav.xhtml"
	ncxFile        = "toc.ncx"
	coverFile      = "cover.xhtml"
	titlePageFile  = "titlepage.xhtml"
	stylesheetName = "css/book.css"
)

func chapterFile(ch *book.Chapter) string { return ch.ID + ".xhtml" }
func partFile(p *book.Part) string        { return p.ID + ".xhtml" }

func divisionFile(d book.Division) string {
	if d.Part != nil {
		return partFile(d.Part)
	}
	return chapterFile(d.Chapter)
}

// Write writes the EPUB of b to w.
func Write(w io.Writer, b *book.Book, opt Options) error {
	entries, err := build(b, opt)
	if err != nil {
		return err
	}
	return writeZip(w, entries, zipTime(opt.Modified))
}

// setting names what build is writing, so that a panic becomes an error
// that says where (no panic is known; this is the renderer boundary).
type setting struct{ where string }

func (s *setting) recover(err *error) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("epub: writing %s: %v", s.where, p)
	}
}

// item is one publication resource: its manifest entry and its content.
type item struct {
	opfItem
	Data  []byte
	Spine bool // in the spine, in item order
}

// build returns every entry of the container but the mimetype, in order.
func build(b *book.Book, opt Options) (_ []entry, err error) {
	if b == nil {
		return nil, fmt.Errorf("epub: no book")
	}
	at := &setting{where: "the page list"}
	defer at.recover(&err)
	m := b.Meta
	l := labelsFor(m)
	marks, err := placePages(b, opt.PageList)
	if err != nil {
		return nil, err
	}
	xhtml := func(id, href, title, bodyType string, body []byte, props string) item {
		p := page{lang: m.Language, dir: htmlDir(m), title: title, bodyType: bodyType}
		return item{opfItem{id, href, "application/xhtml+xml", props}, p.wrap(body), true}
	}

	var items []item
	coverImage := ""
	if b.Cover != nil {
		coverImage = "cover-image"
		items = append(items, xhtml("cover", coverFile, l.Cover, "", coverBody(m, b.Cover), ""))
	}
	at.where = "the title page"
	items = append(items, xhtml("titlepage", titlePageFile, m.Title, "frontmatter", titlePageBody(m), ""))
	at.where = "the navigation document"
	nav := navItems(b)
	items = append(items, xhtml("nav", navFile, l.Contents, "frontmatter", navBody(nav, landmarks(b, l), marks, l), "nav"))
	// The parts and chapters, each on its own, are written concurrently.
	chapters := newChapterRenderer(b, l, marks)
	divs := make([]item, len(b.Spine))
	err = each(len(b.Spine), func(i int) string {
		if p := b.Spine[i].Part; p != nil {
			return "part " + strconv.Quote(p.Title)
		}
		return "chapter " + b.Spine[i].Chapter.File
	}, func(i int) error {
		switch d := b.Spine[i]; {
		case d.Part != nil:
			divs[i] = xhtml("p-"+d.Part.ID, partFile(d.Part), d.Part.Title, "bodymatter", partBody(d.Part, marks.partBreaks(d.Part)), "")
		case d.Chapter != nil:
			ch := d.Chapter
			divs[i] = xhtml("c-"+ch.ID, chapterFile(ch), ch.Title, "bodymatter", chapters.body(ch), "")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	items = append(items, divs...)

	ncxData, err := ncx(m, nav, marks, l)
	if err != nil {
		return nil, fmt.Errorf("epub: toc.ncx: %w", err)
	}
	items = append(items,
		item{opfItem: opfItem{"ncx", ncxFile, "application/x-dtbncx+xml", ""}, Data: ncxData},
		item{opfItem: opfItem{"css", stylesheetName, "text/css", ""}, Data: assets.Read("css/book.css")})
	for i, img := range b.Images {
		it := item{opfItem: opfItem{fmt.Sprintf("img-%d", i+1), img.Name, img.MediaType, ""}, Data: img.Data}
		if img == b.Cover {
			it.ID, it.Properties = coverImage, "cover-image"
		}
		items = append(items, it)
	}
	if err := checkNames(items); err != nil {
		return nil, err
	}

	at.where = "package.opf"
	a := accessibility(contentFacts{Images: len(b.Images), AllAlt: allAlt(b), PageList: marks != nil})
	opf, err := packageDoc(m, opt.Modified, coverImage, a, marks.pageSource(), items)
	if err != nil {
		return nil, fmt.Errorf("epub: package.opf: %w", err)
	}
	container, err := containerXML()
	if err != nil {
		return nil, fmt.Errorf("epub: container.xml: %w", err)
	}
	entries := []entry{{"META-INF/container.xml", container}, {opfPath, opf}}
	for _, it := range items {
		entries = append(entries, entry{root + it.Href, it.Data})
	}
	return entries, nil
}

// packageDoc returns package.opf; pageSource, when not "", names the
// print edition the page markers come from.
func packageDoc(m book.Metadata, modified time.Time, cover string, a a11yMeta, pageSource string, items []item) ([]byte, error) {
	if modified.IsZero() {
		modified = zipTime(modified)
	}
	p := opfPackage{
		Version:          "3.0",
		UniqueIdentifier: "pub-id",
		Lang:             m.Language,
		Dir:              htmlDir(m),
		Metadata:         opfMetadata{DC: "http://purl.org/dc/elements/1.1/", Elems: metadata(m, modified, cover, a, pageSource)},
		Spine:            opfSpine{TOC: "ncx", PageProgression: htmlDir(m)},
	}
	for _, it := range items {
		p.Manifest = append(p.Manifest, it.opfItem)
		if it.Spine {
			p.Spine.Itemrefs = append(p.Spine.Itemrefs, opfItemref{it.ID})
		}
	}
	return marshalXML(p)
}

// checkNames reports two resources with the same file name or manifest
// id, such as a chapter file named nav.md.
func checkNames(items []item) error {
	hrefs, ids := map[string]bool{}, map[string]bool{}
	for _, it := range items {
		if hrefs[it.Href] {
			return fmt.Errorf("epub: two files named %s", it.Href)
		}
		if ids[it.ID] {
			return fmt.Errorf("epub: two resources with id %s", it.ID)
		}
		hrefs[it.Href], ids[it.ID] = true, true
	}
	return nil
}

// allAlt reports whether every image of the book has a text alternative:
// the chapters' images have alt text (or there are none); the cover gets
// one from the title.
func allAlt(b *book.Book) bool {
	_, withoutAlt := b.ImageStats()
	return withoutAlt == 0
}
