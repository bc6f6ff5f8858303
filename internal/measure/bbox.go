package measure

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// The XHTML that `pdftotext -bbox-layout` writes: pages of flows of blocks
// of lines of words, each with its box in points (y grows downwards).
type xDoc struct {
	Pages []xPage `xml:"body>doc>page"`
}

type xPage struct {
	Width  float64 `xml:"width,attr"`
	Height float64 `xml:"height,attr"`
	Flows  []struct {
		Blocks []struct {
			Lines []struct {
				Words []xWord `xml:"word"`
			} `xml:"line"`
		} `xml:"block"`
	} `xml:"flow"`
}

type xWord struct {
	XMin float64 `xml:"xMin,attr"`
	YMin float64 `xml:"yMin,attr"`
	XMax float64 `xml:"xMax,attr"`
	YMax float64 `xml:"yMax,attr"`
	Text string  `xml:",chardata"`
}

// page is one page of the document, its lines in poppler's reading order.
type page struct {
	n             int // 1-based page number
	width, height float64
	lines         []*line
}

// line is one line of text as poppler grouped it.
type line struct {
	page  *page
	block int // document-wide block number: lines of one block share it
	// first and last say whether the line opens or closes its block.
	first, last bool
	words       []word
	x0, x1      float64 // left end of the first word, right end of the last
	y0, y1      float64 // top and bottom of the line's box
	size        float64 // the median word height: a proxy for the type size

	class lineClass // what the heuristics made of it
}

type word struct {
	x0, y0, x1, y1 float64
	text           string
}

func (w word) width() float64  { return w.x1 - w.x0 }
func (w word) height() float64 { return w.y1 - w.y0 }

// text is the line's words joined by spaces.
func (l *line) text() string {
	var parts []string
	for _, w := range l.words {
		parts = append(parts, w.text)
	}
	return strings.Join(parts, " ")
}

// gaps are the spaces between consecutive words of the line.
func (l *line) gaps() []float64 {
	var g []float64
	for i := 1; i < len(l.words); i++ {
		g = append(g, l.words[i].x0-l.words[i-1].x1)
	}
	return g
}

// parse reads pdftotext's bbox XHTML.
func parse(r io.Reader) ([]*page, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false // the DOCTYPE names an external DTD we do not read
	dec.Entity = xml.HTMLEntity
	var d xDoc
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("reading pdftotext -bbox-layout output: %w", err)
	}
	var pages []*page
	block := 0
	for i, xp := range d.Pages {
		p := &page{n: i + 1, width: xp.Width, height: xp.Height}
		for _, f := range xp.Flows {
			for _, b := range f.Blocks {
				block++
				var lines []*line
				for _, xl := range b.Lines {
					if len(xl.Words) == 0 {
						continue
					}
					l := &line{page: p, block: block}
					var heights []float64
					for _, xw := range xl.Words {
						w := word{xw.XMin, xw.YMin, xw.XMax, xw.YMax, strings.TrimSpace(xw.Text)}
						l.words = append(l.words, w)
						heights = append(heights, w.height())
					}
					l.x0, l.x1 = l.words[0].x0, l.words[len(l.words)-1].x1
					l.y0, l.y1 = l.words[0].y0, l.words[0].y1
					for _, w := range l.words {
						l.y0, l.y1 = min(l.y0, w.y0), max(l.y1, w.y1)
					}
					l.size = median(heights)
					lines = append(lines, l)
				}
				if len(lines) > 0 {
					lines[0].first = true
					lines[len(lines)-1].last = true
				}
				p.lines = append(p.lines, lines...)
			}
		}
		pages = append(pages, p)
	}
	return pages, nil
}
