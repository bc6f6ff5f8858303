package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/third_party/fpdf"

	"github.com/quire-books/quire/book"
)

// layoutFile lays out b and writes its PDF to a temporary file.
func layoutFile(t *testing.T, b *book.Book) (*Document, string) {
	t.Helper()
	d, err := Layout(b, Options{Date: buildDate})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "book.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return d, path
}

func TestGeometryForProfiles(t *testing.T) {
	def := defaultGeometry()
	if g := geometryFor(&book.Book{Meta: book.Metadata{PDF: book.DefaultPDFSettings("en")}}); g != def {
		t.Errorf("book profile geometry = %+v, want the defaults %+v", g, def)
	}
	if g := geometryFor(&book.Book{}); g != def {
		t.Errorf("zero settings geometry = %+v, want the defaults %+v", g, def)
	}
	b, ds := book.Load(fstest.MapFS{
		"book.yaml": {Data: []byte("title: H\nauthors: [A]\nlanguage: en-US\npdf:\n  profile: handout\n  two-sided: true\n  margins: {inner: 1in}\n")},
		"one.md":    {Data: []byte("# One\n")},
	})
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	g := geometryFor(b)
	k := 12 / bookBodySize
	want := geometry{pageW: 612, pageH: 792, inner: 72, outer: 126, top: 72, bottom: 72, twoSided: true,
		bodySize: 12, leading: 1.4, codeSize: 8.6 * k, noteSize: 9 * k, tableSize: 9.2 * k, indent: 18 * k}
	if g != want {
		t.Errorf("handout geometry = %+v, want %+v", g, want)
	}
	if g.left(2) != 126 || g.left(3) != 72 || g.shift(2) != 54 {
		t.Errorf("two-sided: left(2) = %v, left(3) = %v, shift(2) = %v; want mirrored margins", g.left(2), g.left(3), g.shift(2))
	}
}

func TestRoman(t *testing.T) {
	for n, want := range map[int]string{1: "i", 2: "ii", 4: "iv", 9: "ix", 14: "xiv", 40: "xl", 49: "xlix", 90: "xc", 400: "cd", 1994: "mcmxciv"} {
		if got := roman(n); got != want {
			t.Errorf("roman(%d) = %q, want %q", n, got, want)
		}
	}
	for _, tt := range []struct {
		page, body int
		want       string
	}{{1, 3, "i"}, {2, 3, "ii"}, {3, 3, "1"}, {12, 3, "10"}, {5, 0, "v"}} {
		if got := pageLabel(tt.page, tt.body); got != tt.want {
			t.Errorf("pageLabel(%d, %d) = %q, want %q", tt.page, tt.body, got, tt.want)
		}
	}
}

// viewerLabels returns the page label qpdf reports for every page,
// formatted as a viewer shows it.
func viewerLabels(t *testing.T, path string) []string {
	t.Helper()
	var doc struct {
		Pages []struct {
			// qpdf gives each page its own label dictionary, /St being
			// the page's number.
			Label *struct {
				S  string `json:"/S"`
				St int    `json:"/St"`
			} `json:"label"`
		} `json:"pages"`
	}
	out := tool(t, "qpdf", "--json", "--json-key=pages", path)
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("qpdf --json: %v\n%.500s", err, out)
	}
	var labels []string
	for _, p := range doc.Pages {
		if p.Label == nil {
			labels = append(labels, "(none)")
			continue
		}
		n := max(p.Label.St, 1)
		switch p.Label.S {
		case "/r":
			labels = append(labels, roman(n))
		case "/D":
			labels = append(labels, strconv.Itoa(n))
		default:
			labels = append(labels, "style "+p.Label.S)
		}
	}
	return labels
}

// textOnPage is the text pdftotext finds on page n, optionally only in the
// band of the page from y to y+h (points).
func textOnPage(t *testing.T, path string, n int, band ...float64) string {
	t.Helper()
	args := []string{"-enc", "UTF-8", "-f", strconv.Itoa(n), "-l", strconv.Itoa(n)}
	if len(band) == 2 {
		args = append(args, "-x", "0", "-y", strconv.Itoa(int(band[0])), "-W", "2000", "-H", strconv.Itoa(int(band[1])))
	}
	return strings.TrimSpace(tool(t, "pdftotext", append(args, path, "-")...))
}

// TestPageNumbers checks the printed numbers and the viewer's page labels
// against each other: front matter in roman numerals, the cover and title
// page unnumbered, the body from 1.
func TestPageNumbers(t *testing.T) {
	for _, name := range []string{"features", "profile"} {
		t.Run(name, func(t *testing.T) {
			b := loadBook(t, name)
			d, path := layoutFile(t, b)
			labels := viewerLabels(t, path)
			if len(labels) != len(d.pages) {
				t.Fatalf("qpdf reports %d pages, the document %d", len(labels), len(d.pages))
			}
			g := geometryFor(b)
			for i, got := range labels {
				n := i + 1
				want := pageLabel(n, d.bodyStart)
				if n < d.bodyStart && got != roman(n) || n >= d.bodyStart && got != strconv.Itoa(n-d.bodyStart+1) || got != want {
					t.Errorf("page %d: viewer label %q, want %q (body starts on page %d)", n, got, want, d.bodyStart)
				}
				foot := textOnPage(t, path, n, g.pageH-g.bottom, g.bottom)
				info := d.pages[i]
				switch {
				case info.kind == pagePlain:
					if foot != "" {
						t.Errorf("page %d (%+v) prints %q at its foot, want nothing", n, info, foot)
					}
				case foot != want:
					t.Errorf("page %d prints the number %q, want %q", n, foot, want)
				}
			}
			if d.pages[0].kind != pagePlain || d.bodyStart < 3 {
				t.Errorf("the title page is numbered or the body starts on page %d", d.bodyStart)
			}
		})
	}
}

// TestRunningHeads checks the head of every page: the book title on
// left-hand and the chapter title on right-hand pages of a two-sided book,
// the chapter title on every page of a single-sided one, nothing on
// opening, part, title and blank pages.
func TestRunningHeads(t *testing.T) {
	for _, name := range []string{"features", "profile"} {
		t.Run(name, func(t *testing.T) {
			b := loadBook(t, name)
			d, path := layoutFile(t, b)
			g := geometryFor(b)
			heads := 0
			for i, info := range d.pages {
				n := i + 1
				head := strings.Join(strings.Fields(textOnPage(t, path, n, 0, g.top-2)), " ")
				want := ""
				if info.kind == pageText {
					switch {
					case info.contents:
						want = "Contents"
					case g.twoSided && n%2 == 0:
						want = b.Meta.Title
					default:
						want = info.ch.Title
					}
				}
				if head != want {
					t.Errorf("page %d (%s): running head %q, want %q", n, describePage(info), head, want)
				}
				if want != "" {
					heads++
				}
			}
			if heads < 3 {
				t.Errorf("only %d pages carry a running head", heads)
			}
		})
	}
}

func describePage(p pageInfo) string {
	switch {
	case p.blank:
		return "blank"
	case p.part != nil:
		return "part " + p.part.Title
	case p.contents:
		return "contents"
	case p.ch != nil && p.kind == pageOpening:
		return "opening of " + p.ch.File
	case p.ch != nil:
		return p.ch.File
	}
	return "front"
}

// TestTwoSided checks that in a two-sided book the title page, the
// contents, parts and chapters open on right-hand pages, and that the pages
// left blank for that are blank.
func TestTwoSided(t *testing.T) {
	b := loadBook(t, "profile")
	if !b.Meta.PDF.TwoSided {
		t.Fatal("the profile fixture is not two-sided")
	}
	d, path := layoutFile(t, b)
	blanks := 0
	for i, info := range d.pages {
		n := i + 1
		if (info.kind == pageOpening || info.part != nil) && n%2 == 0 {
			t.Errorf("page %d (%s) opens on a left-hand page", n, describePage(info))
		}
		if info.blank {
			blanks++
			if txt := textOnPage(t, path, n); txt != "" {
				t.Errorf("blank page %d holds %q", n, txt)
			}
		}
	}
	for _, ch := range b.Chapters {
		if at := d.anchors[ch.Anchor]; at.page%2 == 0 {
			t.Errorf("chapter %s starts on page %d", ch.File, at.page)
		}
	}
	if d.bodyStart%2 == 0 {
		t.Errorf("the body starts on page %d, a left-hand page", d.bodyStart)
	}
	if blanks == 0 {
		t.Error("no page was left blank: the fixture no longer tests it")
	}
}

// TestPageRefs checks that "{page}" prints the number of the page its
// target heading is on, that the contents prints the same numbers, and
// that the outline is still the TOC.
func TestPageRefs(t *testing.T) {
	b := loadBook(t, "profile")
	d, path := layoutFile(t, b)
	text := strings.Join(strings.Fields(tool(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
	for _, tt := range []struct{ anchor, heading, before string }{
		{"far-heading", "Far Heading", "see p. "},
		{"near-heading", "Near Heading", "(p. "},
	} {
		label, ok := d.PageLabel(tt.anchor)
		if !ok || label == refPlaceholder {
			t.Fatalf("PageLabel(%q) = %q, %v", tt.anchor, label, ok)
		}
		if want := tt.before + label; !strings.Contains(text, want) {
			t.Errorf("the text lacks %q", want)
		}
		at := d.anchors[tt.anchor]
		if got := textOnPage(t, path, at.page); !strings.Contains(got, tt.heading) {
			t.Errorf("page %d, where %s landed, does not show its heading:\n%s", at.page, tt.anchor, got)
		}
	}
	// The printed contents: each entry's number is the label of its page.
	var toc string
	for i, info := range d.pages {
		if info.contents {
			toc += textOnPage(t, path, i+1) + "\n"
		}
	}
	for _, e := range b.TOCFlat() {
		label, _ := d.PageLabel(e.Anchor)
		if !regexp.MustCompile(regexp.QuoteMeta(e.Title) + `\s+` + label + `\b`).MatchString(toc) {
			t.Errorf("the contents does not print %q on page %s:\n%s", e.Title, label, toc)
		}
	}
	var want []string
	for _, e := range b.TOCFlat() {
		want = append(want, fmt.Sprintf("%d %s", e.Depth, e.Title))
	}
	var got []string
	for _, l := range outline(t, path) {
		got = append(got, l[:strings.LastIndexByte(l, ' ')])
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline:\n%s\nwant the TOC:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPageStarts checks the page list: one entry per body page, labelled
// 1, 2, 3… in order, each naming what is on the page.
func TestPageStarts(t *testing.T) {
	for _, name := range []string{"features", "profile", "flow"} {
		t.Run(name, func(t *testing.T) {
			b := loadBook(t, name)
			d, _ := layoutFile(t, b)
			ps := d.PageStarts()
			if len(ps) != len(d.pages)-d.bodyStart+1 || len(ps) == 0 {
				t.Fatalf("%d page starts for %d body pages", len(ps), len(d.pages)-d.bodyStart+1)
			}
			seen := map[*book.Chapter]bool{}
			for i, p := range ps {
				if p.Label != strconv.Itoa(i+1) {
					t.Errorf("page start %d is labelled %q", i, p.Label)
				}
				info := d.pages[d.bodyStart-1+i]
				switch {
				case info.blank:
					if p.Chapter != nil || p.Part != nil {
						t.Errorf("blank page %s names %+v", p.Label, p)
					}
				case info.part != nil:
					if p.Part != info.part || p.Chapter != nil {
						t.Errorf("part page %s: %+v", p.Label, p)
					}
				case p.Chapter == nil:
					t.Errorf("page %s names no chapter", p.Label)
				case !seen[p.Chapter]:
					seen[p.Chapter] = true
					if p.Offset != -1 {
						t.Errorf("page %s opens %s but has offset %d", p.Label, p.Chapter.File, p.Offset)
					}
					if want, _ := d.PageLabel(p.Chapter.Anchor); want != p.Label {
						t.Errorf("chapter %s opens on page %s, its anchor on %s", p.Chapter.File, p.Label, want)
					}
				case p.Offset >= len(p.Chapter.Source):
					t.Errorf("page %s: offset %d past the end of %s", p.Label, p.Offset, p.Chapter.File)
				}
			}
			if len(seen) != len(b.Chapters) {
				t.Errorf("the page starts open %d chapters, the book has %d", len(seen), len(b.Chapters))
			}
		})
	}
}

// TestProfileFixture checks the fixture's own font, the page size and
// that the file is valid and reproducible.
func TestProfileFixture(t *testing.T) {
	b := loadBook(t, "profile")
	_, path := layoutFile(t, b)
	if out := tool(t, "qpdf", "--check", path); strings.Contains(out, "WARNING") || !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	// fpdf names embedded fonts by family ("utf8charis"), so the book's
	// monospaced text font shows in the geometry of the words: every
	// word set at the body size is as wide as its characters are many.
	var perChar []float64
	words := regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]+)</word>`)
	for _, m := range words.FindAllStringSubmatch(tool(t, "pdftotext", "-bbox", "-f", "7", "-l", "7", path, "-"), -1) { // page 1 is the drawn cover
		x0, _ := strconv.ParseFloat(m[1], 64)
		x1, _ := strconv.ParseFloat(m[3], 64)
		if strings.Contains(m[5], "&") || len([]rune(m[5])) < 3 {
			continue
		}
		perChar = append(perChar, (x1-x0)/float64(len([]rune(m[5]))))
	}
	if len(perChar) < 20 {
		t.Fatalf("only %d words on page 7", len(perChar))
	}
	same := 0
	for _, w := range perChar {
		if w > perChar[len(perChar)/2]*0.99 && w < perChar[len(perChar)/2]*1.01 {
			same++
		}
	}
	if same < len(perChar)*9/10 {
		t.Errorf("only %d of %d words have the advance of a monospaced font: is the book's font/ used?", same, len(perChar))
	}
	set, err := fontsFor(b)
	if err != nil {
		t.Fatal(err)
	}
	for i, chain := range set[:4] {
		if !bytes.Equal(chain[0].Data, b.Meta.PDF.Font.Regular.Data) {
			t.Errorf("text face %d is not set in the book's font first", i)
		}
	}
	if info := tool(t, "pdfinfo", path); !strings.Contains(info, "Page size:       419.53 x 595.28 pts") {
		t.Errorf("pdfinfo: want A5 pages:\n%s", info)
	}
	var a, c bytes.Buffer
	if err := Write(&a, b, Options{Date: buildDate}); err != nil {
		t.Fatal(err)
	}
	d, err := Layout(b, Options{Date: buildDate})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.WriteTo(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("Write and Layout+WriteTo differ, or two layouts differ")
	}
}

// TestAddPageLabels checks the catalog edit on a small fpdf file and that
// the file editor refuses files it does not understand.
func TestAddPageLabels(t *testing.T) {
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 200, Ht: 200}})
	p.SetCatalogSort(true)
	for i := 0; i < 4; i++ {
		p.AddPage()
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := editPDF(buf.Bytes(), 3)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "l.pdf")
	if err := os.WriteFile(path, f.bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if chk := tool(t, "qpdf", "--check", path); strings.Contains(chk, "WARNING") {
		t.Errorf("qpdf --check:\n%s", chk)
	}
	if got := strings.Join(viewerLabels(t, path), " "); got != "i ii 1 2" {
		t.Errorf("labels = %s, want i ii 1 2", got)
	}
	for name, bad := range map[string][]byte{
		"empty":       nil,
		"no xref":     []byte("%PDF-1.3\nstartxref\n9\n%%EOF\n"),
		"not a table": append(append([]byte{}, buf.Bytes()[:len(buf.Bytes())-20]...), []byte("startxref\n1\n%%EOF\n")...),
	} {
		if _, err := editPDF(bad, 2); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
