// Package measure judges the typesetting of a PDF from the word boxes that
// poppler's `pdftotext -bbox-layout` reports: overfull lines, the evenness
// of word spacing in justified lines, widows, orphans and headings left at
// the foot of a page. It is the yardstick of issue 3 (book-quality PDF
// typesetting) and compares Quire's PDF with other engines' on one book.
//
// Nothing in the file says where the text block is, which lines belong to
// a paragraph or what font a word is in, so the measures rest on
// heuristics, each documented where it is made (classify.go, breaks.go).
// They are tuned for books: one column of justified body text, with
// headings, lists, quotes, code, tables and notes around it.
package measure

import (
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"sort"
)

// Block is the horizontal extent of the text block, in points from the
// page's left edge.
type Block struct{ Left, Right float64 }

// Options tune Analyze. The zero value infers everything.
type Options struct {
	// Block is the text block of odd pages (of every page when EvenBlock
	// is zero), when the caller knows it; zero: inferred from the lines.
	Block Block
	// EvenBlock is the text block of even pages when margins are mirrored.
	EvenBlock Block
	// Worst is how many overfull words and page breaks the report lists
	// (default 10).
	Worst int
	// Pdftotext is the command to run (default "pdftotext").
	Pdftotext string
}

// Report holds the measures of one document.
type Report struct {
	File  string
	Pages int
	// Block is the text block of odd (Block[0]) and even (Block[1]) pages,
	// as given or inferred.
	Block [2]Block
	// BodySize is the word-box height of body text (poppler's boxes span
	// the font's ascent to descent: about 1.6 times the type size).
	BodySize float64

	// Overfull counts words that reach more than 0.5pt past the right edge
	// of the text block (after the allowance for hanging punctuation);
	// WorstOverfull lists the worst of them.
	Overfull      int
	WorstOverfull []Overfull

	// Justified counts the justified, non-final body lines measured; Loose
	// those among them whose mean word gap exceeds 1.5 times the natural
	// gap. LooseShare is Loose/Justified: issue 3's word-spacing measure.
	Justified, Loose int
	LooseShare       float64
	// MeanRatio and P95Ratio describe the ratio mean gap / natural gap over
	// the justified lines.
	MeanRatio, P95Ratio float64
	// NaturalGap is the median word gap of the document's paragraph-final
	// lines, the fallback for pages with too few of their own.
	NaturalGap float64

	// Widows: a paragraph's last line alone at the top of a page. Orphans:
	// a paragraph's first line alone at the foot of a page. HeadingsAtFoot:
	// a heading as the last line of a page's text. Breaks lists the worst
	// offenders of the three.
	Widows, Orphans, HeadingsAtFoot int
	Breaks                          []Break

	// Skipped lists the pages left out of the spacing and page-break
	// measures because they look like a table of contents.
	Skipped []int
}

// Overfull is one word past the right edge.
type Overfull struct {
	Page   int
	Text   string  // the line's text
	Excess float64 // points past the edge
}

// Break is one bad page break.
type Break struct {
	Page int    // the page the stranded line is on
	Kind string // "widow", "orphan" or "heading at foot"
	Text string
}

// Analyze runs pdftotext -bbox-layout on pdfPath and measures the result.
func Analyze(pdfPath string, opt Options) (Report, error) {
	tool := opt.Pdftotext
	if tool == "" {
		tool = "pdftotext"
	}
	var out, errb bytes.Buffer
	cmd := exec.Command(tool, "-bbox-layout", "-enc", "UTF-8", pdfPath, "-")
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return Report{}, fmt.Errorf("measure: %s -bbox-layout %s: %v: %s", tool, pdfPath, err, bytes.TrimSpace(errb.Bytes()))
	}
	r, err := AnalyzeBBox(&out, opt)
	r.File = pdfPath
	return r, err
}

// AnalyzeBBox measures the XHTML that `pdftotext -bbox-layout` wrote.
func AnalyzeBBox(r io.Reader, opt Options) (Report, error) {
	pages, err := parse(r)
	if err != nil {
		return Report{}, fmt.Errorf("measure: %w", err)
	}
	if opt.Worst <= 0 {
		opt.Worst = 10
	}
	d := newDoc(pages, opt)
	rep := Report{Pages: len(pages), Block: d.block, BodySize: d.bodySize}
	d.overfull(&rep, opt.Worst)
	d.spacing(&rep)
	d.breaks(&rep, opt.Worst)
	for _, p := range pages {
		if d.skip[p.n] {
			rep.Skipped = append(rep.Skipped, p.n)
		}
	}
	return rep, nil
}

// overfull counts the words past the right edge of the text block.
func (d *doc) overfull(rep *Report, worst int) {
	var all []Overfull
	for _, p := range d.pages {
		right := d.blockOf(p).Right
		for _, l := range p.lines {
			for _, w := range l.words {
				excess := w.x1 - right
				if excess > overfullTol+d.hang(l, w) {
					all = append(all, Overfull{Page: p.n, Text: l.text(), Excess: excess})
				}
			}
		}
	}
	rep.Overfull = len(all)
	sort.SliceStable(all, func(i, j int) bool { return all[i].Excess > all[j].Excess })
	rep.WorstOverfull = all[:min(worst, len(all))]
}
