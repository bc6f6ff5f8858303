package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/quire-books/quire/book"
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
// page. Continued pages of the contents carry "Contents". There is no head
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

// startPage records what a new page holds (fpdf's header callback): the
// current frame; a division's later pages are text pages.
func (r *renderer) startPage() {
	r.pages = append(r.pages, r.frame)
	if r.frame.kind == pageOpening {
		r.frame.kind = pageText
	}
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
		head = "Contents"
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
	r.p.SetDrawColor(ruleGrey.r, ruleGrey.g, ruleGrey.b)
	r.p.SetLineWidth(0.4)
	r.p.Line(x0, y, x0+r.geo.measure(), y)
}

// centredAt prints text centred across the text block of page n, on the
// baseline y.
func (r *renderer) centredAt(n int, text string, st style, y float64) {
	w := r.m.width(text, st)
	useFont(r.p, st)
	r.p.SetTextColor(st.color.r, st.color.g, st.color.b)
	r.p.Text(r.geo.left(n)+(r.geo.measure()-w)/2, y, text)
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
	if r.geo.twoSided && r.p.PageNo()%2 == 1 {
		r.frame = pageInfo{kind: pagePlain, blank: true}
		r.newPage()
	}
}

// startBody marks the next page as the first of the body (arabic page 1),
// unless the body has started.
func (r *renderer) startBody() {
	if r.bodyStart == 0 {
		r.bodyStart = r.p.PageNo() + 1
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

var (
	rootRE      = regexp.MustCompile(`/Root (\d+) 0 R`)
	startxrefRE = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n?$`)
)

// addPageLabels puts a /PageLabels number tree in the catalog of a PDF
// fpdf made: pages before bodyStart are labelled i, ii, iii…, the others
// 1, 2, 3…. fpdf has no hook in its catalog, so the finished file is
// edited: the entry goes at the start of the catalog dictionary, and every
// cross-reference offset after it, and startxref, move by its length. It
// expects fpdf's layout (one classic xref table, then the trailer) and
// fails rather than guess on anything else.
func addPageLabels(pdf []byte, bodyStart int) ([]byte, error) {
	fail := func(what string) ([]byte, error) {
		return nil, fmt.Errorf("pdf: adding page labels: %s", what)
	}
	m := startxrefRE.FindSubmatchIndex(pdf)
	if m == nil {
		return fail("no startxref at the end of the file")
	}
	xrefAt, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
	trailerAt := bytes.LastIndex(pdf, []byte("\ntrailer\n"))
	if xrefAt <= 0 || xrefAt >= len(pdf) || trailerAt < xrefAt || !bytes.HasPrefix(pdf[xrefAt:], []byte("xref\n")) {
		return fail("no cross-reference table where startxref points")
	}
	rm := rootRE.FindSubmatch(pdf[trailerAt:])
	if rm == nil {
		return fail("the trailer names no /Root")
	}
	root, _ := strconv.Atoi(string(rm[1]))

	// The table: "xref\n0 N\n" then N entries of 20 bytes.
	lines := strings.SplitN(string(pdf[xrefAt:trailerAt]), "\n", 3)
	var first, count int
	if len(lines) < 3 {
		return fail("a malformed cross-reference table")
	}
	if _, err := fmt.Sscanf(lines[1], "%d %d", &first, &count); err != nil || first != 0 {
		return fail("a cross-reference table with more than one section")
	}
	entriesAt := xrefAt + len("xref\n") + len(lines[1]) + 1
	if entriesAt+20*count > trailerAt+1 || root <= 0 || root >= count {
		return fail("a cross-reference table that does not fit the file")
	}
	entry := func(i int) []byte { return pdf[entriesAt+20*i : entriesAt+20*i+20] }
	catAt, err := strconv.Atoi(string(entry(root)[:10]))
	if err != nil || catAt <= 0 || catAt >= xrefAt {
		return fail("no offset for the catalog")
	}
	head := fmt.Sprintf("%d 0 obj\n<<\n", root)
	if !bytes.HasPrefix(pdf[catAt:], []byte(head)) {
		return fail("the catalog is not where the table says")
	}
	at := catAt + len(head)
	nums := "0 << /S /r >>"
	switch {
	case bodyStart == 1:
		nums = "0 << /S /D >>"
	case bodyStart > 1:
		nums += fmt.Sprintf(" %d << /S /D >>", bodyStart-1)
	}
	insert := []byte("/PageLabels << /Nums [" + nums + "] >>\n")

	var out bytes.Buffer
	out.Grow(len(pdf) + len(insert) + 8)
	out.Write(pdf[:at])
	out.Write(insert)
	out.Write(pdf[at:entriesAt])
	for i := 0; i < count; i++ {
		e := entry(i)
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil || e[17] != 'n' && e[17] != 'f' {
			return fail(fmt.Sprintf("a malformed cross-reference entry %d", i))
		}
		if e[17] == 'n' && off >= at {
			off += len(insert)
		}
		fmt.Fprintf(&out, "%010d%s", off, e[10:])
	}
	out.Write(pdf[entriesAt+20*count : m[2]])
	fmt.Fprintf(&out, "%d\n%%%%EOF\n", xrefAt+len(insert))
	return out.Bytes(), nil
}
