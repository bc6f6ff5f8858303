package epub

import (
	"encoding/xml"
	"reflect"
	"strings"
	"testing"

	"github.com/quire-books/quire/book"
)

func TestNavItems(t *testing.T) {
	one := &book.Chapter{ID: "one", Anchor: "one"}
	two := &book.Chapter{ID: "two", Anchor: "two"}
	part := &book.Part{ID: "part-1", Anchor: "part"}
	for _, tc := range []struct {
		name string
		b    *book.Book
		want []navItem
	}{
		{
			name: "empty TOC links the title page",
			b:    &book.Book{Meta: book.Metadata{Title: "T"}},
			want: []navItem{{Title: "T", Href: "titlepage.xhtml"}},
		},
		{
			name: "parts, chapters and headings",
			b: &book.Book{TOC: []*book.TOCEntry{
				{Kind: book.TOCChapter, Title: "One", Chapter: one, Anchor: "one", Children: []*book.TOCEntry{
					{Kind: book.TOCHeading, Title: "A & B", Chapter: one, Anchor: "a-b"},
				}},
				{Kind: book.TOCPart, Title: "Part", Part: part, Anchor: "part", Children: []*book.TOCEntry{
					{Kind: book.TOCChapter, Title: "Two", Chapter: two, Anchor: "two"},
				}},
			}},
			want: []navItem{
				{Title: "One", Href: "one.xhtml", Children: []navItem{{Title: "A & B", Href: "one.xhtml#a-b"}}},
				{Title: "Part", Href: "part-1.xhtml", Children: []navItem{{Title: "Two", Href: "two.xhtml"}}},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := navItems(tc.b); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("navItems = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestNavDepth(t *testing.T) {
	for _, tc := range []struct {
		name  string
		items []navItem
		want  int
	}{
		{"empty", nil, 0},
		{"flat", []navItem{{}, {}}, 1},
		{"nested", []navItem{{}, {Children: []navItem{{Children: []navItem{{}}}}}}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := navDepth(tc.items); got != tc.want {
				t.Errorf("navDepth = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestNCXIDs checks the navPoint ids (XML names) and playOrder: reading
// order, starting at 1.
func TestNCXIDs(t *testing.T) {
	items := []navItem{
		{Title: "1", Href: "a.xhtml", Children: []navItem{{Title: "2", Href: "a.xhtml#x"}}},
		{Title: "3", Href: "b.xhtml"},
	}
	data, err := ncx(book.Metadata{Title: "T", Language: "en", Identifier: "id"}, items, nil, labelsFor(book.Metadata{Language: "en"}))
	if err != nil {
		t.Fatal(err)
	}
	var doc ncxDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	var walk func([]ncxNavPoint)
	walk = func(ps []ncxNavPoint) {
		for _, p := range ps {
			got = append(got, p.ID+" "+p.Label+" "+p.Content.Src)
			if p.ID != "navPoint-"+p.Label {
				t.Errorf("navPoint %s has playOrder %d", p.ID, p.PlayOrder)
			}
			walk(p.Children)
		}
	}
	walk(doc.NavMap)
	want := []string{"navPoint-1 1 a.xhtml", "navPoint-2 2 a.xhtml#x", "navPoint-3 3 b.xhtml"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("navPoints = %q, want %q", got, want)
	}
	if !strings.Contains(string(data), `<meta name="dtb:depth" content="2">`) {
		t.Errorf("dtb:depth is not 2:\n%s", data)
	}
}

// TestTOCsAgree checks that nav.xhtml and toc.ncx list the same entries, in
// the same order, with the same targets, as the book's TOC.
func TestTOCsAgree(t *testing.T) {
	b := fixture(t, "features")
	es := entries(t, b)

	var want []string
	for _, e := range b.TOCFlat() {
		want = append(want, e.Title)
	}

	var ncxTitles, ncxHrefs []string
	var doc ncxDoc
	if err := xml.Unmarshal(es[root+ncxFile], &doc); err != nil {
		t.Fatal(err)
	}
	var walk func([]ncxNavPoint)
	walk = func(ps []ncxNavPoint) {
		for _, p := range ps {
			ncxTitles = append(ncxTitles, p.Label)
			ncxHrefs = append(ncxHrefs, p.Content.Src)
			walk(p.Children)
		}
	}
	walk(doc.NavMap)

	navTitles, navHrefs := tocLinksOf(t, es[root+navFile])
	if !reflect.DeepEqual(ncxTitles, want) {
		t.Errorf("toc.ncx titles = %q, want %q", ncxTitles, want)
	}
	if !reflect.DeepEqual(navTitles, want) {
		t.Errorf("nav.xhtml titles = %q, want %q", navTitles, want)
	}
	if !reflect.DeepEqual(navHrefs, ncxHrefs) {
		t.Errorf("nav.xhtml targets %q differ from toc.ncx's %q", navHrefs, ncxHrefs)
	}
}

// tocLinksOf returns the text and href of every link of the toc nav.
func tocLinksOf(t *testing.T, data []byte) (titles, hrefs []string) {
	d := xml.NewDecoder(strings.NewReader(string(data)))
	inTOC, inA := false, false
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			for _, a := range tok.Attr {
				if tok.Name.Local == "nav" && a.Name.Local == "type" {
					inTOC = a.Value == "toc"
				}
				if inTOC && tok.Name.Local == "a" && a.Name.Local == "href" {
					inA = true
					text.Reset()
					hrefs = append(hrefs, a.Value)
				}
			}
		case xml.CharData:
			if inA {
				text.Write(tok)
			}
		case xml.EndElement:
			if inA && tok.Name.Local == "a" {
				titles = append(titles, text.String())
				inA = false
			}
		}
	}
	return titles, hrefs
}
