package epub

import (
	"fmt"
	"math"
	"strconv"

	"github.com/quire-books/quire/book"
)

// A page list carries the printed edition's page breaks into the EPUB: a
// marker <span epub:type="pagebreak" role="doc-pagebreak" id="page-N"
// aria-label="N"/> where the print edition starts page N, a page-list nav
// in nav.xhtml, a pageList in toc.ncx, and package metadata naming the
// print edition as the source of the page breaks.
//
// The epub package does not lay out pages: the caller (cmd/quire) takes
// the breaks from the PDF edition's layout.

// PageList is where the pages of the print edition start.
type PageList struct {
	// Source identifies the print edition the page breaks come from,
	// written as the package's pagination source (dc:source refined by
	// source-of "pagination"); required.
	Source string
	// Breaks are the pages in print order, each with a unique label.
	Breaks []PageBreak
	// Labels maps an anchor to the label of the printed page it lands on,
	// for "{page}" references (book.PageRef). An anchor missing from it
	// prints nothing.
	Labels map[string]string
}

// PageBreak is the start of one printed page.
type PageBreak struct {
	// Label is the printed page number, "1", "37": the marker's
	// aria-label, the page-list entry and the id page-<Label>. It is
	// made of letters, digits, '.', '-' and '_'.
	Label string
	// Chapter is the chapter whose text is on the page; Part is set for a
	// part's title page. Both nil: a page without text (a blank page),
	// whose marker goes right before the next page's marker.
	Chapter *book.Chapter
	Part    *book.Part
	// Offset is the byte offset in Chapter.Source of the first word on the
	// page; -1 puts the marker at the chapter's start.
	Offset int
}

// placedBreak is one page marker in the file it is written in.
type placedBreak struct {
	Label  string
	ID     string
	Offset int // as in PageBreak; math.MaxInt: at the end
}

// pageMarks are the markers of a book, by the file that holds them.
type pageMarks struct {
	source   string
	labels   map[string]string
	chapters map[*book.Chapter][]placedBreak
	parts    map[*book.Part][]placedBreak
	// entries are every page in print order, with the file that holds it.
	entries []pageEntry
}

type pageEntry struct {
	Label string
	Href  string // file#id
}

// placePages checks a page list against the book and decides where each
// marker goes. A nil list gives nil marks: a book without page markers.
func placePages(b *book.Book, pl *PageList) (*pageMarks, error) {
	if pl == nil {
		return nil, nil
	}
	if pl.Source == "" {
		return nil, fmt.Errorf("epub: page list: no source (the print edition)")
	}
	inSpine := map[any]bool{}
	for _, d := range b.Spine {
		if d.Part != nil {
			inSpine[d.Part] = true
		} else if d.Chapter != nil {
			inSpine[d.Chapter] = true
		}
	}
	used := bookAnchors(b)
	m := &pageMarks{
		source:   pl.Source,
		labels:   pl.Labels,
		chapters: map[*book.Chapter][]placedBreak{},
		parts:    map[*book.Part][]placedBreak{},
	}
	labels := map[string]bool{}
	var blanks []placedBreak // pages without text, waiting for the next page
	var last placement
	place := func(at placement, p placedBreak) {
		if at.part != nil {
			m.parts[at.part] = append(m.parts[at.part], p)
		} else {
			m.chapters[at.chapter] = append(m.chapters[at.chapter], p)
		}
	}
	for i, br := range pl.Breaks {
		if !validLabel(br.Label) {
			return nil, fmt.Errorf("epub: page list: page %d has label %q: want letters, digits, '.', '-' or '_'", i+1, br.Label)
		}
		if labels[br.Label] {
			return nil, fmt.Errorf("epub: page list: two pages labelled %q", br.Label)
		}
		labels[br.Label] = true
		p := placedBreak{Label: br.Label, ID: freeID(used, "page-"+br.Label), Offset: br.Offset}
		var at placement
		switch {
		case br.Part != nil:
			if !inSpine[br.Part] {
				return nil, fmt.Errorf("epub: page list: page %s is on part %q, which is not in the book", br.Label, br.Part.Title)
			}
			at = placement{part: br.Part}
		case br.Chapter != nil:
			if !inSpine[br.Chapter] {
				return nil, fmt.Errorf("epub: page list: page %s is in chapter %s, which is not in the book", br.Label, br.Chapter.File)
			}
			at = placement{chapter: br.Chapter}
		default:
			blanks = append(blanks, p)
			continue
		}
		if p.Offset < 0 {
			p.Offset = -1
		}
		for _, bl := range blanks {
			bl.Offset = p.Offset
			place(at, bl)
		}
		blanks = nil
		place(at, p)
		last = at
	}
	if len(blanks) > 0 {
		// Blank pages at the end go after the last page's text, or, in a
		// list of blank pages only, at the start of the book.
		if last == (placement{}) {
			if len(b.Spine) == 0 {
				return nil, fmt.Errorf("epub: page list: a book without chapters has no place for pages")
			}
			last = placement{part: b.Spine[0].Part, chapter: b.Spine[0].Chapter}
		}
		for _, bl := range blanks {
			bl.Offset = math.MaxInt
			place(last, bl)
		}
	}
	// The page list follows print order, which is also the order of the
	// markers in the spine.
	for _, d := range b.Spine {
		var ps []placedBreak
		if d.Part != nil {
			ps = m.parts[d.Part]
		} else {
			ps = m.chapters[d.Chapter]
		}
		for _, p := range ps {
			m.entries = append(m.entries, pageEntry{p.Label, divisionFile(d) + "#" + p.ID})
		}
	}
	return m, nil
}

// placement is the file a marker is written in: a part's or a chapter's.
type placement struct {
	part    *book.Part
	chapter *book.Chapter
}

// validLabel reports whether page-<label> is an XML id.
func validLabel(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '.', r == '-', r == '_':
		default:
			return false
		}
	}
	return true
}

// bookAnchors is every id the book's chapters and parts already use.
func bookAnchors(b *book.Book) map[string]bool {
	used := map[string]bool{}
	for _, p := range b.Parts {
		used[p.Anchor] = true
	}
	for _, ch := range b.Chapters {
		used[ch.Anchor] = true
		for _, h := range ch.Headings {
			used[h.Anchor] = true
		}
	}
	return used
}

// freeID returns id, or id-1, id-2… when a heading already has it, and
// marks the result used.
func freeID(used map[string]bool, id string) string {
	out := id
	for n := 1; used[out]; n++ {
		out = id + "-" + strconv.Itoa(n)
	}
	used[out] = true
	return out
}

// breaksOf returns the markers of a chapter, nil without page list.
func (m *pageMarks) breaksOf(ch *book.Chapter) []placedBreak {
	if m == nil {
		return nil
	}
	return m.chapters[ch]
}

// partBreaks returns the markers of a part's title page.
func (m *pageMarks) partBreaks(p *book.Part) []placedBreak {
	if m == nil {
		return nil
	}
	return m.parts[p]
}

// label returns the printed page of an anchor.
func (m *pageMarks) label(anchor string) (string, bool) {
	if m == nil {
		return "", false
	}
	l, ok := m.labels[anchor]
	return l, ok
}

// writePageBreak writes one marker: an empty span, labelled for assistive
// technology by its page number (Ace requires the label).
func writePageBreak(w *xw, p placedBreak) {
	w.void("span", "epub:type", "pagebreak", "role", "doc-pagebreak", "id", p.ID, "aria-label", p.Label)
}

// pageListNav writes the page-list nav of nav.xhtml, hidden like the
// landmarks: reading systems offer it as "go to page".
func pageListNav(w *xw, m *pageMarks, l labels) {
	if m == nil || len(m.entries) == 0 {
		return
	}
	w.open("nav", "epub:type", "page-list", "role", "doc-pagelist", "id", "page-list", "aria-labelledby", "page-list-title", "hidden", "hidden")
	w.raw("\n")
	w.elem("h2", l.Pages, "id", "page-list-title")
	w.raw("\n<ol>\n")
	for _, e := range m.entries {
		w.raw("<li>")
		w.elem("a", e.Label, "href", e.Href)
		w.raw("</li>\n")
	}
	w.raw("</ol>\n</nav>\n")
}

// maxPage is the largest numeric label (the NCX's dtb:maxPageNumber).
func (m *pageMarks) maxPage() int {
	n := 0
	for _, e := range m.entries {
		if v, err := strconv.Atoi(e.Label); err == nil {
			n = max(n, v)
		}
	}
	return n
}

// pageSource is the print edition the markers come from, "" without page
// list.
func (m *pageMarks) pageSource() string {
	if m == nil {
		return ""
	}
	return m.source
}
