package main

import (
	"archive/zip"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/quire-books/quire/internal/validate"
	"github.com/quire-books/quire/pdf"
)

// The EPUB carries the PDF edition's page list. These tests build books
// with the CLI and check the page list against the PDF. The sample book's
// EPUB, page list included, is also what TestEPUBCheck, TestAce and
// TestSampleFidelity (conformance_test.go) validate.

// epubFiles reads every entry of an EPUB.
func epubFiles(t *testing.T, epubPath string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(epubPath)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = data
	}
	return files
}

// pageEntry is one entry of the page-list nav.
type pageEntry struct{ label, href string }

var pageListItem = regexp.MustCompile(`<li><a href="([^"]+)">([^<]+)</a></li>`)

// epubPageList returns the page-list nav's entries.
func epubPageList(t *testing.T, files map[string][]byte) []pageEntry {
	t.Helper()
	nav := string(files["EPUB/nav.xhtml"])
	i := strings.Index(nav, `epub:type="page-list"`)
	if i < 0 {
		t.Fatal("nav.xhtml has no page-list nav")
	}
	nav = nav[i:]
	nav = nav[:strings.Index(nav, "</nav>")]
	var out []pageEntry
	for _, m := range pageListItem.FindAllStringSubmatch(nav, -1) {
		out = append(out, pageEntry{label: m[2], href: m[1]})
	}
	return out
}

// elementsByID maps each id of an XHTML document to its element's
// attributes ("epub:type", "role", "aria-label", and the tag as "<tag>").
func elementsByID(t *testing.T, name string, doc []byte) map[string]map[string]string {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(string(doc)))
	d.Strict = true
	out := map[string]map[string]string{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("%s is not well-formed: %v", name, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attrs := map[string]string{"<tag>": se.Name.Local}
		for _, a := range se.Attr {
			key := a.Name.Local
			if a.Name.Space == "http://www.idpf.org/2007/ops" {
				key = "epub:" + key
			}
			attrs[key] = a.Value
		}
		if id := attrs["id"]; id != "" {
			if out[id] != nil {
				t.Errorf("%s: two elements with id %q", name, id)
			}
			out[id] = attrs
		}
	}
}

// bodyPages counts the PDF's pages numbered in arabic numerals, from its
// /PageLabels as qpdf reads them.
func bodyPages(t *testing.T, pdfPath string) int {
	t.Helper()
	validate.Require(t, "qpdf")
	validate.Require(t, "pdfinfo")
	out, err := exec.Command("qpdf", "--json", "--json-key=pagelabels", pdfPath).Output()
	if err != nil {
		t.Fatalf("qpdf: %v\n%s", err, out)
	}
	var rep struct {
		PageLabels []struct {
			Index int `json:"index"`
			Label struct {
				S string `json:"/S"`
			} `json:"label"`
		} `json:"pagelabels"`
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatal(err)
	}
	info, err := validate.PDFInfo(pdfPath)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := strconv.Atoi(info["Pages"])
	if err != nil {
		t.Fatalf("pdfinfo Pages %q", info["Pages"])
	}
	// Each range runs from its index to the next range's.
	n := 0
	for i, r := range rep.PageLabels {
		end := pages
		if i+1 < len(rep.PageLabels) {
			end = rep.PageLabels[i+1].Index
		}
		if r.Label.S == "/D" {
			n += end - r.Index
		}
	}
	return n
}

// checkPageList checks a built EPUB's page list against its PDF: one entry
// per body page, in order, with the PDF's labels, each target a page
// marker of the same label.
func checkPageList(t *testing.T, b built) {
	t.Helper()
	files := epubFiles(t, b.epub)
	entries := epubPageList(t, files)
	d, err := pdf.Layout(b.book, pdf.Options{Date: time.Unix(1590969600, 0)})
	if err != nil {
		t.Fatal(err)
	}
	starts := d.PageStarts()
	if len(entries) != len(starts) {
		t.Fatalf("page list has %d entries, the PDF %d body pages", len(entries), len(starts))
	}
	if n := bodyPages(t, b.pdf); n != len(entries) {
		t.Errorf("page list has %d entries, the PDF file %d arabic-numbered pages", len(entries), n)
	}
	ids := map[string]map[string]map[string]string{}
	for i, e := range entries {
		if e.label != starts[i].Label {
			t.Errorf("entry %d is page %q, the PDF's page is %q", i+1, e.label, starts[i].Label)
		}
		file, id, ok := strings.Cut(e.href, "#")
		if !ok {
			t.Errorf("page %s: href %q has no fragment", e.label, e.href)
			continue
		}
		name := path.Join("EPUB", file)
		if ids[name] == nil {
			doc, ok := files[name]
			if !ok {
				t.Errorf("page %s: no file %s", e.label, name)
				continue
			}
			ids[name] = elementsByID(t, name, doc)
		}
		el := ids[name][id]
		switch {
		case el == nil:
			t.Errorf("page %s: no id %q in %s", e.label, id, file)
		case el["<tag>"] != "span" || el["epub:type"] != "pagebreak" || el["role"] != "doc-pagebreak" || el["aria-label"] != e.label:
			t.Errorf("page %s: #%s in %s is not its page marker: %v", e.label, id, file, el)
		}
		if st := starts[i]; st.Chapter != nil && file != st.Chapter.ID+".xhtml" {
			t.Errorf("page %s is in %s in the EPUB, in chapter %s in the PDF", e.label, file, st.Chapter.File)
		}
	}
	// Every marker is in the list.
	markers := 0
	for name, data := range files {
		if strings.HasSuffix(name, ".xhtml") {
			markers += strings.Count(string(data), `epub:type="pagebreak"`)
		}
	}
	if markers != len(entries) {
		t.Errorf("%d page markers in the XHTML, %d pages in the list", markers, len(entries))
	}
}

// TestPageListMatchesPDF: the sample book and the features fixture, built
// together, have one page-list entry per PDF body page.
func TestPageListMatchesPDF(t *testing.T) {
	for _, src := range []string{sampleBook, "../../book/testdata/valid/features"} {
		t.Run(name(src), func(t *testing.T) {
			checkPageList(t, buildBook(t, src))
		})
	}
}

// TestPageListEPUBOnly: --format epub alone does not lay out the PDF, so
// its EPUB has no print page list (no markers, no page-list nav, no page
// source); it is still the same bytes from one build to the next. The
// EPUB built together with the PDF is the one that carries the list.
func TestPageListEPUBOnly(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1590969600")
	var epubs [2][]byte
	for i := range epubs {
		out := t.TempDir()
		code, _, stderr := quire(t, "build", sampleBook, "-o", out, "--format", "epub")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if strings.Contains(stderr, "laid out") {
			t.Errorf("--format epub laid out the PDF:\n%s", stderr)
		}
		if pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(pdfs) > 0 {
			t.Errorf("--format epub wrote %v", pdfs)
		}
		epubs[i], _ = os.ReadFile(filepath.Join(out, "chinas-diplomacy.epub"))
	}
	if len(epubs[0]) == 0 || string(epubs[0]) != string(epubs[1]) {
		t.Error("two --format epub builds differ")
	}
	tmp := filepath.Join(t.TempDir(), "alone.epub")
	os.WriteFile(tmp, epubs[0], 0o644)
	files := epubFiles(t, tmp)
	for name, data := range files {
		for _, mark := range []string{`epub:type="pagebreak"`, `epub:type="page-list"`, "pageBreakSource", "source-of"} {
			if strings.Contains(string(data), mark) {
				t.Errorf("%s has %s without a PDF in the same run", name, mark)
			}
		}
	}
	both := buildBook(t, sampleBook)
	if want := epubFiles(t, both.epub); len(epubPageList(t, want)) == 0 {
		t.Error("the EPUB built with the PDF has no page list")
	}
}

// pageRefBook is a book long enough for several pages whose first chapter
// refers to the page of a heading in the second.
func pageRefBook(t *testing.T) string {
	dir := t.TempDir()
	filler := func(n int, word string) string {
		var sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "Paragraph %d of %s fills the page with ordinary words, so that the "+
				"chapter runs over more than one printed page and the markers land inside paragraphs, "+
				"between sentences, in the middle of the text.\n\n", i+1, word)
		}
		return sb.String()
	}
	files := map[string]string{
		"book.yaml": "title: Page References\nauthors: [Ada]\nlanguage: en\nidentifier: urn:isbn:9780000000019\n" +
			"chapters: [one.md, two.md]\n",
		"one.md": "# One\n\nSee [the target, on page {page},](two.md#the-target) and [chapter two (p. {page})](two.md).\n\n" +
			filler(25, "one") + "- a list item\n- with *emphasis* and a [link](two.md)\n\n| a | b |\n|---|---|\n| cell | text |\n",
		"two.md": "# Two\n\n" + filler(30, "two") + "## The Target\n\nHere.[^1]\n\n[^1]: A note.\n",
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestPageRefsAgree: a "{page}" reference prints the same page number in
// both editions, the number of the page the target lands on; the book's
// EPUB passes EPUBCheck and Ace.
func TestPageRefsAgree(t *testing.T) {
	b := buildBook(t, pageRefBook(t))
	checkPageList(t, b)
	d, err := pdf.Layout(b.book, pdf.Options{Date: time.Unix(1590969600, 0)})
	if err != nil {
		t.Fatal(err)
	}
	target, ok := d.PageLabel("the-target")
	if !ok || target == "1" {
		t.Fatalf("the target lands on page %q (%v); the test needs it past page 1", target, ok)
	}
	two, _ := d.PageLabel("two")
	wantPhrases := []string{"the target, on page " + target + ",", "chapter two (p. " + two + ")"}
	epubText, err := validate.EPUBText(b.epub)
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(epubText), " ")
	for _, p := range wantPhrases {
		if !strings.Contains(flat, p) {
			t.Errorf("EPUB text lacks %q", p)
		}
	}
	validate.Require(t, "pdftotext")
	pdfText, err := validate.PDFText(b.pdf)
	if err != nil {
		t.Fatal(err)
	}
	flat = strings.Join(strings.Fields(pdfText), " ")
	for _, p := range wantPhrases {
		if !strings.Contains(flat, p) {
			t.Errorf("PDF text lacks %q", p)
		}
	}

	validate.Require(t, "epubcheck")
	r, err := validate.EPUBCheck(b.epub)
	if err != nil {
		t.Fatal(err)
	}
	if r.Fatal+r.Errors+r.Warnings > 0 {
		t.Errorf("EPUBCheck: %d fatal, %d errors, %d warnings:\n%s", r.Fatal, r.Errors, r.Warnings, strings.Join(r.Messages, "\n"))
	}
	if testing.Short() {
		return
	}
	validate.Require(t, "ace")
	fails, err := validate.Ace(b.epub)
	if err != nil {
		t.Fatal(err)
	}
	if len(fails) > 0 {
		t.Errorf("Ace: %d violations:\n%s", len(fails), strings.Join(fails, "\n"))
	}
}
