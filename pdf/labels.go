package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/l10n"
)

// What is printed around the text block, and how pages are numbered.
//
// Numbering: the front matter (cover, title page, contents) counts in
// lower-case roman numerals, the cover and title page printing none; the
// body counts from 1 in arabic numerals. The PDF's page labels (the
// numbers a viewer shows) say the same. The number (folio) sits centred at
// the foot of the page.
//
// Running heads: in a two-sided book the book's title runs at the head of
// left-hand (even) pages and the chapter's title at the head of right-hand
// (odd) pages; in a single-sided book the chapter's title runs on every
// page. Continued pages of the contents carry the contents' title
// ("Contents", in the book's words). There is no head
// on a chapter's first page, nor on the cover, title, part and blank
// pages, which carry no number either.

// pageKind says what a page carries around its text block.
type pageKind int

const (
	pageText    pageKind = iota // running head and folio
	pageOpening                 // folio only: the first page of a chapter or of the contents
	pagePlain                   // nothing: cover, title page, part page, blank page
)

// pageInfo is what a page holds.
type pageInfo struct {
	kind     pageKind
	ch       *book.Chapter // the chapter set on the page
	part     *book.Part    // the part whose title page it is
	contents bool          // a page of the printed contents
	blank    bool          // a page left blank so that the next opens on the right
}

// endPage prints the running head and the folio of a finished page (fpdf's
// footer callback).
func (r *renderer) endPage() {
	n := r.p.PageNo()
	if n < 1 || n > len(r.pages) || r.noFolio[n] {
		return
	}
	info := r.pages[n-1]
	if info.kind == pagePlain {
		return
	}
	st := style{size: r.geo.headSize(), color: black}
	r.centredAt(n, pageLabel(n, r.bodyStart), st, r.geo.folioBase())
	if info.kind != pageText {
		return
	}
	head := ""
	switch {
	case info.contents:
		head = r.b.Meta.Words().Get(l10n.Contents)
	case r.geo.twoSided && n%2 == 0:
		head = r.b.Meta.Title
	case info.ch != nil:
		head = info.ch.Title
	}
	if head == "" {
		return
	}
	st.face.italic = true
	r.centredAt(n, r.fit(head, st, r.geo.measure()), st, r.geo.headBase())
	x0, y := r.geo.left(n), r.geo.headBase()+st.size*0.5
	r.p.SetDrawColor(ruleGrey.ints())
	r.p.SetLineWidth(0.4)
	r.p.Line(x0, y, x0+r.geo.measure(), y)
}

// centredAt prints text centred across the text block of page n, on the
// baseline y.
func (r *renderer) centredAt(n int, text string, st style, y float64) {
	w := r.m.width(text, st)
	r.p.SetTextColor(st.color.ints())
	r.show(r.geo.left(n)+(r.geo.measure()-w)/2, y, text, st)
	r.p.SetTextColor(0, 0, 0)
}

// fit shortens text with an ellipsis until it is no wider than w.
func (r *renderer) fit(text string, st style, w float64) string {
	if r.m.width(text, st) <= w {
		return text
	}
	rs := []rune(text)
	for len(rs) > 1 {
		rs = rs[:len(rs)-1]
		s := strings.TrimRight(string(rs), " ") + "…"
		if r.m.width(s, st) <= w {
			return s
		}
	}
	return "…"
}

// recto makes the next page a right-hand (odd) page in a two-sided book,
// leaving a blank page when needed.
func (r *renderer) recto() {
	if r.geo.twoSided && r.page%2 == 1 {
		r.frame = pageInfo{kind: pagePlain, blank: true}
		r.newPage()
	}
}

// startBody marks the next page as the first of the body (arabic page 1),
// unless the body has started.
func (r *renderer) startBody() {
	if r.bodyStart == 0 {
		r.bodyStart = r.page + 1
	}
}

// roman returns n (≥ 1) in lower-case roman numerals.
func roman(n int) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	var sb strings.Builder
	for _, d := range []struct {
		v int
		s string
	}{{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
		{50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for ; n >= d.v; n -= d.v {
			sb.WriteString(d.s)
		}
	}
	return sb.String()
}

// pageLabel is the printed number of page (1-based) in a document whose
// body starts on page bodyStart (0 while the body has not started).
func pageLabel(page, bodyStart int) string {
	if bodyStart <= 0 || page < bodyStart {
		return roman(page)
	}
	return strconv.Itoa(page - bodyStart + 1)
}

var rootRE = regexp.MustCompile(`/Root (\d+) 0 R`)

// addPageLabels puts a /PageLabels number tree at the start of the catalog
// dictionary: pages before bodyStart are labelled i, ii, iii…, the others
// 1, 2, 3….
func addPageLabels(f *pdfFile, bodyStart int) error {
	fail := func(what string) error {
		return fmt.Errorf("pdf: adding page labels: %s", what)
	}
	rm := rootRE.FindSubmatch(f.trailer)
	if rm == nil {
		return fail("the trailer names no /Root")
	}
	root, _ := strconv.Atoi(string(rm[1]))
	i := f.obj(root)
	if i < 0 {
		return fail("no catalog object")
	}
	head := fmt.Sprintf("%d 0 obj\n<<\n", root)
	cat := f.objs[i].data
	if !bytes.HasPrefix(cat, []byte(head)) {
		return fail("the catalog is not a dictionary")
	}
	nums := "0 << /S /r >>"
	switch {
	case bodyStart == 1:
		nums = "0 << /S /D >>"
	case bodyStart > 1:
		nums += fmt.Sprintf(" %d << /S /D >>", bodyStart-1)
	}
	insert := "/PageLabels << /Nums [" + nums + "] >>\n"
	data := make([]byte, 0, len(cat)+len(insert))
	data = append(data, head...)
	data = append(data, insert...)
	data = append(data, cat[len(head):]...)
	f.objs[i].data = data
	return nil
}
