package pdf

import (
	"math"
	"strconv"

	"github.com/quire-books/quire/book"
)

// The first pass has no page numbers to print for page references: it
// prints guesses. A chapter whose guesses turn out as wide as the numbers
// it must print (same digit count: the figures are tabular) is not set
// again by the second pass (see reusable), so the closer the guesses, the
// less the second pass composes. A guess never reaches the finished PDF
// unless it is right: passes repeat until every printed number is the
// page its anchor landed on. The guesses depend only on the book and its
// geometry, so the result is the same on every run.

// pageGuesses estimates the printed page number of every chapter start and
// heading from the length of the source before it: each chapter starts a
// page, a part takes a page, and a page of running text holds about
// bytesPerPage bytes of Markdown.
func pageGuesses(b *book.Book, g geometry, m measurer) map[string]string {
	bpp := bytesPerPage(g, m)
	out := map[string]string{}
	page := 1 // the body's first page is printed as 1
	for _, d := range b.Spine {
		switch {
		case d.Part != nil:
			page += 1 + btoi(g.twoSided)
		case d.Chapter != nil:
			ch := d.Chapter
			if ch.Anchor != "" {
				out[ch.Anchor] = strconv.Itoa(page)
			}
			for _, h := range ch.Headings {
				if h.Anchor == "" || h.Node == nil || h.Node.Lines().Len() == 0 {
					continue
				}
				if _, ok := out[h.Anchor]; !ok {
					out[h.Anchor] = strconv.Itoa(page + int(float64(h.Node.Lines().At(0).Start)/bpp))
				}
			}
			n := max(1, int(math.Ceil(float64(len(ch.Source))/bpp)))
			if g.twoSided && n%2 == 1 {
				n++ // the next chapter opens on a right-hand page
			}
			page += n
		}
	}
	return out
}

// bytesPerPage is about how many bytes of Markdown source a page of body
// text sets: the characters of a full line times the lines of a page,
// times the share of a source that prints as running text (markup, code,
// tables, headings and notes take more room than their bytes); that share
// was measured on the sample and the synthetic books (0.57–0.67).
func bytesPerPage(g geometry, m measurer) float64 {
	const sample = "the quick brown fox jumps over the lazy dog, and then some. "
	body := style{size: g.bodySize}
	charW := m.width(sample, body) / float64(len(sample))
	lines := (g.pageH - g.top - g.bottom) / (g.bodySize * g.leading)
	if charW <= 0 || lines <= 0 {
		return 2000
	}
	return max(100, 0.62*g.measure()/charW*lines)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// firstGuess is what the first pass prints for a page reference to anchor
// a in chapter ch: the guess for a, else for ch's start, else the
// placeholder.
func (e *env) firstGuess(a string, ch *book.Chapter) string {
	if s, ok := e.guesses[a]; ok {
		return s
	}
	if ch != nil {
		if s, ok := e.guesses[ch.Anchor]; ok {
			return s
		}
	}
	return refPlaceholder
}
