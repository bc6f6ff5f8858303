package measure

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func analyzeFixture(t *testing.T, name string, opt Options) Report {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := AnalyzeBBox(f, opt)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

// spacing.html: one page with a running head, a heading, two paragraphs
// (five justified lines, two of them loose against a natural gap of 3pt),
// a code block in a monospaced face stretched to the edge and a table row
// with wide gaps: the last two would count as loose if the heuristics let
// them in.
func TestSpacing(t *testing.T) {
	r := analyzeFixture(t, "spacing.html", Options{})
	if !near(r.NaturalGap, 3.0) {
		t.Errorf("natural gap %.2f, want 3.00", r.NaturalGap)
	}
	if r.Justified != 5 || r.Loose != 2 || !near(r.LooseShare, 0.4) {
		t.Errorf("justified %d, loose %d, share %.2f; want 5, 2, 0.40", r.Justified, r.Loose, r.LooseShare)
	}
	// Mean of 3.6, 5.1, 4.4, 3.3 and 6.0 over 3.0.
	if want := (3.6 + 5.1 + 4.4 + 3.3 + 6.0) / 5 / 3.0; !near(r.MeanRatio, want) {
		t.Errorf("mean ratio %.3f, want %.3f", r.MeanRatio, want)
	}
	if r.Block[0] != (Block{54, 378}) {
		t.Errorf("block %v, want {54 378}", r.Block[0])
	}
	if r.Overfull != 0 || r.Widows+r.Orphans+r.HeadingsAtFoot != 0 {
		t.Errorf("overfull %d, breaks %d+%d+%d; want none", r.Overfull, r.Widows, r.Orphans, r.HeadingsAtFoot)
	}
}

// overfull.html: mirrored text blocks (72–360 on page 1, 54–342 on page
// 2). Over the edge: page 1 a word by 6pt, a hyphen by 1.5pt (hanging
// punctuation, allowed) and a word by 0.4pt (within tolerance); page 2 a
// word by 3pt, which only a per-parity edge sees.
func TestOverfull(t *testing.T) {
	for _, tc := range []struct {
		name  string
		opt   Options
		want  int
		worst []Overfull
	}{
		{"inferred", Options{}, 2, []Overfull{{Page: 1, Excess: 6}, {Page: 2, Excess: 3}}},
		{"given", Options{Block: Block{72, 360}, EvenBlock: Block{54, 342}}, 2, []Overfull{{Page: 1, Excess: 6}, {Page: 2, Excess: 3}}},
		{"wide block", Options{Block: Block{50, 380}}, 0, nil},
		{"one block for both", Options{Block: Block{72, 360}}, 1, []Overfull{{Page: 1, Excess: 6}}},
		{"worst one", Options{Worst: 1}, 2, []Overfull{{Page: 1, Excess: 6}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := analyzeFixture(t, "overfull.html", tc.opt)
			if r.Overfull != tc.want {
				t.Errorf("overfull %d, want %d (%+v)", r.Overfull, tc.want, r.WorstOverfull)
			}
			if len(r.WorstOverfull) != len(tc.worst) {
				t.Fatalf("worst %+v, want %+v", r.WorstOverfull, tc.worst)
			}
			for i, w := range tc.worst {
				got := r.WorstOverfull[i]
				if got.Page != w.Page || !near(got.Excess, w.Excess) || got.Text == "" {
					t.Errorf("worst[%d] = %+v, want page %d excess %.1f", i, got, w.Page, w.Excess)
				}
			}
		})
	}
	r := analyzeFixture(t, "overfull.html", Options{})
	if r.Block[0] != (Block{72, 360}) || r.Block[1] != (Block{54, 342}) {
		t.Errorf("inferred blocks %v, want [{72 360} {54 342}]", r.Block)
	}
}

// breaks.html: page 1 ends with a paragraph's first line (an orphan), page
// 2 with a heading, page 3 with a paragraph that goes on (notes in smaller
// type below it), whose last line opens page 4 alone (a widow). Page 5
// ends with a heading and a code block in smaller type: no heading at
// foot there.
func TestBreaks(t *testing.T) {
	r := analyzeFixture(t, "breaks.html", Options{})
	if r.Orphans != 1 || r.Widows != 1 || r.HeadingsAtFoot != 1 {
		t.Errorf("orphans %d, widows %d, headings at foot %d; want 1, 1, 1: %+v", r.Orphans, r.Widows, r.HeadingsAtFoot, r.Breaks)
	}
	want := map[string]int{"orphan": 1, "heading at foot": 2, "widow": 4}
	for _, b := range r.Breaks {
		if want[b.Kind] != b.Page {
			t.Errorf("%s on page %d, want page %d", b.Kind, b.Page, want[b.Kind])
		}
	}
	if len(r.Breaks) != 3 {
		t.Errorf("breaks %+v, want 3", r.Breaks)
	}
	if r.Overfull != 0 {
		t.Errorf("overfull %d, want 0", r.Overfull)
	}
}

// toc.html: a contents page (entries flush right with page numbers, one
// with leader dots) is skipped, so its entries neither count as loose
// lines nor as page breaks.
func TestContentsSkipped(t *testing.T) {
	r := analyzeFixture(t, "toc.html", Options{})
	if len(r.Skipped) != 1 || r.Skipped[0] != 1 {
		t.Errorf("skipped %v, want [1]", r.Skipped)
	}
	if r.Loose != 0 || r.Justified != 10 {
		t.Errorf("justified %d, loose %d; want the 10 lines of page 2, none loose", r.Justified, r.Loose)
	}
}

func TestLineHeuristics(t *testing.T) {
	mk := func(texts []string, widths, gaps []float64) *line {
		l := &line{size: 14}
		x := 54.0
		for i, s := range texts {
			l.words = append(l.words, word{x0: x, x1: x + widths[i], y0: 0, y1: 14, text: s})
			if i < len(gaps) {
				x += widths[i] + gaps[i]
			}
		}
		return l
	}
	for _, tc := range []struct {
		name    string
		l       *line
		mono    bool
		tabular bool
		toc     bool
	}{
		{"prose", mk([]string{"a", "quiet", "harbour", "in", "winter"}, []float64{6, 30, 45, 12, 38}, []float64{3, 3, 3, 3}), false, false, false},
		{"code", mk([]string{"if", "err", "!=", "nil", "return"}, []float64{12, 18, 12, 18, 36}, []float64{6, 6, 6, 6}), true, false, false},
		{"table row", mk([]string{"Name", "of", "row", "units"}, []float64{30, 12, 20, 30}, []float64{3, 3, 80}), false, true, false},
		{"sentence space", mk([]string{"end.", "Then", "more", "words"}, []float64{24, 28, 30, 34}, []float64{4, 6.5, 4}), false, false, false},
		{"contents entry", mk([]string{"The", "Quiet", "Harbour", "17"}, []float64{20, 30, 45, 12}, []float64{3, 3, 150}), false, true, true},
		{"leaders", mk([]string{"Title", ".", ".", ".", "iv"}, []float64{30, 2, 2, 2, 10}, []float64{4, 4, 4, 4}), false, false, true},
		{"number at end", mk([]string{"in", "the", "year", "1905"}, []float64{11, 17, 25, 24}, []float64{3, 3, 3}), false, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := isMono(tc.l); got != tc.mono {
				t.Errorf("isMono = %v, want %v", got, tc.mono)
			}
			if got := isTabular(tc.l); got != tc.tabular {
				t.Errorf("isTabular = %v, want %v", got, tc.tabular)
			}
			if got := isTOCEntry(tc.l); got != tc.toc {
				t.Errorf("isTOCEntry = %v, want %v", got, tc.toc)
			}
		})
	}
}

func TestStats(t *testing.T) {
	if got := median([]float64{5, 1, 3}); got != 3 {
		t.Errorf("median = %v, want 3", got)
	}
	if got := median([]float64{4, 1, 3, 2}); got != 2.5 {
		t.Errorf("median = %v, want 2.5", got)
	}
	if got := percentile([]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 95); got != 10 {
		t.Errorf("p95 = %v, want 10", got)
	}
	v, n := densest([]float64{100, 377.9, 378.0, 378.1, 378.2, 380, 381.5}, 0.3)
	if n != 4 || !near(v, 378.05) {
		t.Errorf("densest = %v, %d; want 378.05, 4", v, n)
	}
}

func TestBadInput(t *testing.T) {
	if _, err := AnalyzeBBox(strings.NewReader("<html><body><doc><page"), Options{}); err == nil {
		t.Error("truncated XHTML: want an error")
	}
	r, err := AnalyzeBBox(strings.NewReader(`<html><body><doc><page width="432" height="648"></page></doc></body></html>`), Options{})
	if err != nil || r.Pages != 1 || r.Justified != 0 {
		t.Errorf("empty page: %+v, %v", r, err)
	}
}
