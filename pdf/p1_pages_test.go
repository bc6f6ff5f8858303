package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// vb builds vertical lists for page-breaking tests; every line is 1 high.
type vb struct{ items []*vitem }

// lines adds n one-line paragraphs.
func (b *vb) lines(n int) *vb {
	for range n {
		b.items = append(b.items, &vitem{h: 1})
	}
	return b
}

// para adds a paragraph of n lines, kept as setText keeps them.
func (b *vb) para(n int) *vb {
	from := len(b.items)
	b.lines(n)
	noOrphansOrWidows(b.items[from:])
	return b
}

// paginateAll cuts items into pages as paginate does.
func paginateAll(items []*vitem, avail, sep float64) []pageFill {
	var pages []pageFill
	var carry []*vitem
	start := 0
	for start < len(items) || len(carry) > 0 {
		pf := fillPage(items, start, carry, avail, sep)
		pages = append(pages, pf)
		start, carry = pf.end, pf.carry
		if len(pages) > 1000 {
			panic("no progress")
		}
	}
	return pages
}

// sizes gives each page's body line count, as "9+2n" with n note lines.
func sizes(pages []pageFill) string {
	var out []string
	for _, p := range pages {
		s := fmt.Sprint(p.end - p.start)
		if len(p.header) > 0 {
			s = fmt.Sprintf("h%d+%s", len(p.header), s)
		}
		if len(p.notes) > 0 {
			s += fmt.Sprintf("+%dn", len(p.notes))
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func noteOf(id string, n int) *note {
	nt := &note{id: id}
	for range n {
		nt.lines = append(nt.lines, &vitem{h: 1})
	}
	return nt
}

func TestFillPage(t *testing.T) {
	tests := []struct {
		name  string
		items func() []*vitem
		want  string // page sizes, see sizes
	}{
		{"fits", func() []*vitem { return new(vb).para(4).items }, "4"},
		{"no orphan: one line would be alone at the foot", func() []*vitem { return new(vb).lines(9).para(4).items }, "9 4"},
		{"no widow: one line would be alone at the top", func() []*vitem { return new(vb).lines(7).para(4).items }, "9 2"},
		{"paragraph split in the middle", func() []*vitem { return new(vb).lines(6).para(6).items }, "10 2"},
		{"three lines never split", func() []*vitem { return new(vb).lines(8).para(3).items }, "8 3"},
		{"heading kept with two lines", func() []*vitem {
			b := new(vb).lines(8)
			b.items = append(b.items, &vitem{h: 1}) // the heading
			b.para(4)
			b.items[9].keep, b.items[10].keep = true, true // keepNext = 2
			return b.items
		}, "8 5"},
		{"heading and two lines at the foot", func() []*vitem {
			b := new(vb).lines(7)
			b.items = append(b.items, &vitem{h: 1})
			b.para(4)
			b.items[8].keep, b.items[9].keep = true, true
			return b.items
		}, "10 2"},
		{"a block taller than a page breaks inside", func() []*vitem {
			b := new(vb).lines(2)
			from := len(b.items)
			b.lines(14)
			keepTogether(b.items[from:])
			return b.items
		}, "2 10 4"},
		{"gaps vanish at a page top", func() []*vitem {
			b := new(vb).lines(10)
			b.items = append(b.items, &vitem{h: 1, before: 5})
			return b.items
		}, "10 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := paginateAll(tt.items(), 10, 1)
			if got := sizes(pages); got != tt.want {
				t.Errorf("pages %q, want %q", got, tt.want)
			}
			for i, p := range pages {
				if p.end == p.start && len(p.notes) == 0 {
					t.Errorf("page %d is empty", i+1)
				}
			}
		})
	}
}

// TestFillPageFigure checks that an image that does not fit the rest of a
// page moves to the next with its caption, leaving no empty page, and
// that one taller than a page is set on a page of its own.
func TestFillPageFigure(t *testing.T) {
	figure := func(h float64) []*vitem {
		img, caption := &vitem{h: h}, &vitem{h: 1, before: 0.5, keep: true}
		return []*vitem{img, caption}
	}
	tests := []struct {
		name  string
		items []*vitem
		want  string
	}{
		{"moves to the next page", append(append(new(vb).lines(5).items, figure(8)...), new(vb).lines(3).items...), "5 2 3"},
		{"fits", append(new(vb).lines(1).items, figure(7.5)...), "3"},
		{"at the top of a page", figure(8.5), "2"},
		{"taller than the page", append(new(vb).lines(1).items, figure(12)...), "1 1 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := paginateAll(tt.items, 10, 1)
			if got := sizes(pages); got != tt.want {
				t.Errorf("pages %q, want %q", got, tt.want)
			}
			for i, p := range pages {
				if p.end == p.start {
					t.Errorf("page %d is empty", i+1)
				}
			}
		})
	}
}

// TestFillPageTable checks that table rows are not split and that the
// header row is repeated on the next page, kept with a body row.
func TestFillPageTable(t *testing.T) {
	b := new(vb).lines(5)
	header := []*vitem{{h: 1}}
	b.items = append(b.items, header...)
	for range 6 { // rows of two lines
		row := []*vitem{{h: 1, header: header}, {h: 1, keep: true, header: header}}
		b.items = append(b.items, row...)
	}
	b.items[6].keep = true // the first row stays with the header
	b.lines(1)
	pages := paginateAll(b.items, 10, 1)
	if got, want := sizes(pages), "10 h1+9"; got != want {
		t.Errorf("pages %q, want %q", got, want)
	}
	if len(pages) > 1 && (len(pages[1].header) != 1 || pages[1].header[0] != header[0]) {
		t.Error("the header is not repeated on the second page")
	}
	// A header alone at a page foot moves with its first row.
	b = new(vb).lines(8)
	b.items = append(b.items, header...)
	b.items = append(b.items, &vitem{h: 1, keep: true, header: header}, &vitem{h: 1, keep: true, header: header})
	if got, want := sizes(paginateAll(b.items, 10, 1)), "8 3"; got != want {
		t.Errorf("header at the foot: pages %q, want %q", got, want)
	}
}

// TestFillPageNotes checks that a note starts on the page of its
// reference, that the text area shrinks by the notes' height, and that a
// long note continues on the next page.
func TestFillPageNotes(t *testing.T) {
	ref := func(n *note) *vitem { return &vitem{h: 1, notes: []*note{n}} }
	tests := []struct {
		name  string
		items func() []*vitem
		want  string
	}{
		{"note with its line", func() []*vitem {
			return append(new(vb).lines(3).items, ref(noteOf("a", 2)), &vitem{h: 1})
		}, "5+2n"},
		{"text area shrinks", func() []*vitem {
			b := new(vb).lines(2)
			b.items = append(b.items, ref(noteOf("a", 3)))
			return b.lines(6).items
		}, "6+3n 3"},
		{"line moves with its note", func() []*vitem {
			b := new(vb).lines(7)
			b.items = append(b.items, ref(noteOf("a", 2)))
			return b.lines(1).items
		}, "7 2+2n"},
		{"long note continues", func() []*vitem {
			b := new(vb).lines(2)
			b.items = append(b.items, ref(noteOf("a", 12)))
			return b.lines(4).items
		}, "3+6n 3+6n 1"},
		{"a note after a continued one waits", func() []*vitem {
			b := new(vb).lines(2)
			b.items = append(b.items, ref(noteOf("a", 12)), ref(noteOf("b", 1)))
			return b.items
		}, "3+6n 1+7n"},
		{"a note after a long continued one waits", func() []*vitem {
			b := new(vb).lines(2)
			b.items = append(b.items, ref(noteOf("a", 20)), ref(noteOf("b", 1)))
			return b.items
		}, "3+6n 0+9n 1+6n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := tt.items()
			pages := paginateAll(items, 10, 1)
			if got := sizes(pages); got != tt.want {
				t.Errorf("pages %q, want %q", got, tt.want)
			}
			// Every note's first line is on its reference's page.
			for _, p := range pages {
				first := map[*vitem]bool{}
				for _, l := range p.notes {
					first[l] = true
				}
				for _, it := range items[p.start:p.end] {
					for _, n := range it.notes {
						if !first[n.lines[0]] {
							t.Errorf("note %s does not start on the page of its reference", n.id)
						}
					}
				}
				if h := notesHeight(p.notes, 1) + float64(p.end-p.start); h > 10+eps {
					t.Errorf("page overfull: %g", h)
				}
			}
		})
	}
}
