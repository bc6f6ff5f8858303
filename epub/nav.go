package epub

import (
	"encoding/xml"
	"strconv"

	"github.com/quire-books/quire/book"
)

// Both tables of contents, the EPUB 3 nav document and the EPUB 2 NCX, are
// written from one list of navItems made from b.TOC.

// navItem is one entry of the table of contents, with its target.
type navItem struct {
	Title    string
	Href     string
	Children []navItem
}

// navItems turns the book's TOC into links. Parts and chapters link to their
// file, headings to their anchor in their chapter's file. A book without
// entries gets one, to its title page, since both TOCs need one.
func navItems(b *book.Book) []navItem {
	items := tocItems(b.TOC)
	if len(items) == 0 {
		items = []navItem{{Title: b.Meta.Title, Href: titlePageFile}}
	}
	return items
}

func tocItems(entries []*book.TOCEntry) []navItem {
	var out []navItem
	for _, e := range entries {
		out = append(out, navItem{Title: e.Title, Href: tocHref(e), Children: tocItems(e.Children)})
	}
	return out
}

func tocHref(e *book.TOCEntry) string {
	switch {
	case e.Kind == book.TOCPart && e.Part != nil:
		return partFile(e.Part)
	case e.Kind == book.TOCChapter && e.Chapter != nil:
		return chapterFile(e.Chapter)
	case e.Chapter != nil:
		return chapterFile(e.Chapter) + "#" + e.Anchor
	}
	return "#" + e.Anchor
}

// landmark is one entry of the landmarks nav.
type landmark struct {
	Type  string // epub:type: cover, titlepage, toc, bodymatter
	Title string
	Href  string
}

// landmarks lists the book's major divisions.
func landmarks(b *book.Book, l labels) []landmark {
	var out []landmark
	if b.Cover != nil {
		out = append(out, landmark{"cover", l.Cover, coverFile})
	}
	out = append(out,
		landmark{"titlepage", l.TitlePage, titlePageFile},
		landmark{"toc", l.Contents, navFile + "#toc"})
	if len(b.Spine) > 0 {
		out = append(out, landmark{"bodymatter", l.Start, divisionFile(b.Spine[0])})
	}
	return out
}

// navBody is the body of nav.xhtml: the table of contents, then the
// landmarks and the page list, if any (hidden: reading systems show them
// in their own menus).
func navBody(items []navItem, marks []landmark, pages *pageMarks, l labels) []byte {
	var w xw
	w.raw(`<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">` + "\n")
	w.elem("h1", l.Contents, "id", "toc-title")
	w.raw("\n")
	navList(&w, items)
	w.raw("</nav>\n")
	w.open("nav", "epub:type", "landmarks", "id", "landmarks", "aria-labelledby", "landmarks-title", "hidden", "hidden")
	w.raw("\n")
	w.elem("h2", l.Landmarks, "id", "landmarks-title")
	w.raw("\n<ol>\n")
	for _, m := range marks {
		w.raw("<li>")
		w.elem("a", m.Title, "epub:type", m.Type, "href", m.Href)
		w.raw("</li>\n")
	}
	w.raw("</ol>\n</nav>\n")
	pageListNav(&w, pages, l)
	return w.Bytes()
}

func navList(w *xw, items []navItem) {
	w.raw("<ol>\n")
	for _, it := range items {
		w.raw("<li>")
		w.elem("a", it.Title, "href", it.Href)
		if len(it.Children) > 0 {
			w.raw("\n")
			navList(w, it.Children)
		}
		w.raw("</li>\n")
	}
	w.raw("</ol>\n")
}

// The NCX, as encoding/xml structs.
type ncxDoc struct {
	XMLName   xml.Name      `xml:"http://www.daisy.org/z3986/2005/ncx/ ncx"`
	Version   string        `xml:"version,attr"`
	Lang      string        `xml:"xml:lang,attr"`
	Dir       string        `xml:"dir,attr,omitempty"`
	Meta      []ncxMeta     `xml:"head>meta"`
	DocTitle  string        `xml:"docTitle>text"`
	DocAuthor []ncxText     `xml:"docAuthor"`
	NavMap    []ncxNavPoint `xml:"navMap>navPoint"`
	PageList  *ncxPageList  `xml:"pageList,omitempty"`
}

// ncxPageList is the NCX's list of printed pages. Its pageTargets have no
// playOrder (the NCX schema EPUBCheck uses makes it optional): a
// playOrder would have to interleave with the navPoints' by position in
// the text, and the reading systems that still read the NCX go to a page
// by its content link.
type ncxPageList struct {
	Label   string          `xml:"navLabel>text"`
	Targets []ncxPageTarget `xml:"pageTarget"`
}

type ncxPageTarget struct {
	ID      string     `xml:"id,attr"`
	Type    string     `xml:"type,attr"`
	Value   string     `xml:"value,attr"`
	Label   string     `xml:"navLabel>text"`
	Content ncxContent `xml:"content"`
}

type ncxMeta struct {
	Name    string `xml:"name,attr"`
	Content string `xml:"content,attr"`
}

type ncxText struct {
	Text string `xml:"text"`
}

type ncxNavPoint struct {
	ID        string        `xml:"id,attr"`
	PlayOrder int           `xml:"playOrder,attr"`
	Label     string        `xml:"navLabel>text"`
	Content   ncxContent    `xml:"content"`
	Children  []ncxNavPoint `xml:"navPoint"`
}

type ncxContent struct {
	Src string `xml:"src,attr"`
}

// ncx returns toc.ncx for the same items as the nav document, and the
// same page list. Its navPoint ids are navPoint-1, navPoint-2… in reading
// order, which is also their playOrder.
func ncx(m book.Metadata, items []navItem, pages *pageMarks, l labels) ([]byte, error) {
	n := 0
	var points func([]navItem) []ncxNavPoint
	points = func(items []navItem) []ncxNavPoint {
		var out []ncxNavPoint
		for _, it := range items {
			n++
			p := ncxNavPoint{
				ID:        "navPoint-" + strconv.Itoa(n),
				PlayOrder: n,
				Label:     it.Title,
				Content:   ncxContent{Src: it.Href},
			}
			p.Children = points(it.Children)
			out = append(out, p)
		}
		return out
	}
	doc := ncxDoc{
		Version: "2005-1",
		Lang:    m.Language,
		Dir:     htmlDir(m),
		Meta: []ncxMeta{
			{"dtb:uid", m.Identifier},
			{"dtb:depth", strconv.Itoa(navDepth(items))},
			{"dtb:totalPageCount", "0"},
			{"dtb:maxPageNumber", "0"},
		},
		DocTitle: m.Title,
		NavMap:   points(items),
	}
	for _, a := range m.AuthorNames() {
		doc.DocAuthor = append(doc.DocAuthor, ncxText{a})
	}
	if pages != nil && len(pages.entries) > 0 {
		doc.Meta[2].Content = strconv.Itoa(len(pages.entries))
		doc.Meta[3].Content = strconv.Itoa(pages.maxPage())
		pl := &ncxPageList{Label: l.Pages}
		for i, e := range pages.entries {
			typ := "normal"
			if _, err := strconv.Atoi(e.Label); err != nil {
				typ = "front" // roman numerals and other labels
			}
			pl.Targets = append(pl.Targets, ncxPageTarget{
				ID: "pageTarget-" + strconv.Itoa(i+1), Type: typ, Value: e.Label,
				Label: e.Label, Content: ncxContent{Src: e.Href},
			})
		}
		doc.PageList = pl
	}
	return marshalXML(doc)
}

// navDepth is the depth of the deepest item (1 for a flat list).
func navDepth(items []navItem) int {
	d := 0
	for _, it := range items {
		d = max(d, 1+navDepth(it.Children))
	}
	return d
}

// marshalXML returns v as an indented XML document.
func marshalXML(v any) ([]byte, error) {
	out, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(append([]byte(xml.Header), out...), '\n'), nil
}
