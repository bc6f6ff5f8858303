package synth

import (
	"fmt"
	"sort"
	"strings"
)

// file is one generated file other than a chapter: an image.
type file struct {
	path string
	data []byte
}

// event is a block placed once the chapter's prose reaches a word count.
type event struct {
	at   int
	emit func(sb *strings.Builder) int // writes the block, returns its words
}

// chapter writes chapter i's Markdown and the images it uses.
func (g *gen) chapter(i int) ([]byte, []file) {
	ch := g.chapters[i]
	target := g.opt.WordsPerChapter
	var sb strings.Builder
	fmt.Fprintf(&sb, "# %s\n\n", ch.title)

	var notes []string
	queue := g.inlineQueue(i, &notes)

	var events []event
	for j, h := range ch.headings {
		at := target * (4*j + 1) / (4 * len(ch.headings))
		events = append(events, event{at: at, emit: func(sb *strings.Builder) int {
			sb.WriteString(strings.Repeat("#", h.level) + " " + h.text)
			if h.id != "" {
				sb.WriteString(" {#" + h.id + "}")
			}
			sb.WriteString("\n\n")
			return 0
		}})
	}
	var imgs []file
	deck := g.deck(i, &imgs)
	for k, b := range deck {
		at := target*(2*k+1)/(2*len(deck)) + g.r.IntN(max(1, target/(4*len(deck))))
		events = append(events, event{at: at, emit: b})
	}
	sort.SliceStable(events, func(a, b int) bool { return events[a].at < events[b].at })

	words := 0
	para := func() {
		var items []inline
		n := min(len(queue), 1+g.r.IntN(2))
		items, queue = queue[:n:n], queue[n:]
		if g.chance(0.25) {
			items = append(items, g.extra(i, &notes))
		}
		text, w := g.paragraph(2+g.r.IntN(6), items)
		sb.WriteString(text + "\n\n")
		words += w
	}
	para()
	for len(events) > 0 || len(queue) > 0 || words < target {
		for len(events) > 0 && events[0].at <= words {
			words += events[0].emit(&sb)
			events = events[1:]
		}
		para()
		if words >= target && len(queue) == 0 {
			for _, e := range events {
				words += e.emit(&sb)
				para()
			}
			events = nil
		}
	}

	for k, label := range notes {
		text, _ := g.paragraph(1+g.r.IntN(3), nil)
		fmt.Fprintf(&sb, "[^%s]: %s\n\n", label, text)
		if k == 1 || g.chance(0.15) {
			// A long note of two paragraphs.
			more, _ := g.paragraph(3+g.r.IntN(3), nil)
			fmt.Fprintf(&sb, "    %s\n\n", more)
		}
	}
	return []byte(strings.TrimRight(sb.String(), "\n") + "\n"), imgs
}

// other returns a chapter other than i (i itself in a one-chapter book).
func (g *gen) other(i int) int {
	if len(g.chapters) == 1 {
		return i
	}
	j := g.r.IntN(len(g.chapters) - 1)
	if j >= i {
		j++
	}
	return j
}

// headingTarget is a link destination to a heading of chapter j.
func (g *gen) headingTarget(j int) string {
	ch := g.chapters[j]
	h := ch.headings[g.r.IntN(len(ch.headings))]
	return ch.file + "#" + h.anchor
}

// inlineQueue lists the inline markup chapter i must contain, in a random
// order: links of every kind, footnotes, a URL, code spans, emphasis.
func (g *gen) inlineQueue(i int, notes *[]string) []inline {
	ch := g.chapters[i]
	q := []inline{
		{kind: inChapterLink, target: g.chapters[g.other(i)].file},
		{kind: inHeadingLink, target: g.headingTarget(g.other(i))},
		{kind: inLocalLink, target: "#" + ch.headings[g.r.IntN(len(ch.headings))].anchor},
		{kind: inExternalLink, target: g.url()},
		{kind: inPageRef, target: g.headingTarget(g.other(i))},
		{kind: inURL},
		{kind: inCodeSpan}, {kind: inCodeSpan},
		{kind: inEmphasis}, {kind: inStrong}, {kind: inStrike},
	}
	for range 3 + g.opt.WordsPerChapter/2000 {
		q = append(q, g.note(i, notes))
	}
	g.r.Shuffle(len(q), func(a, b int) { q[a], q[b] = q[b], q[a] })
	return q
}

func (g *gen) note(i int, notes *[]string) inline {
	label := fmt.Sprintf("n%d-%d", i+1, len(*notes)+1)
	*notes = append(*notes, label)
	return inline{kind: inFootnote, label: label}
}

// extra draws one more inline item for a paragraph.
func (g *gen) extra(i int, notes *[]string) inline {
	switch g.r.IntN(8) {
	case 0:
		return inline{kind: inChapterLink, target: g.chapters[g.other(i)].file}
	case 1:
		return inline{kind: inHeadingLink, target: g.headingTarget(g.other(i))}
	case 2:
		return inline{kind: inExternalLink, target: g.url()}
	case 3:
		return g.note(i, notes)
	case 4:
		return inline{kind: inStrong}
	case 5:
		return inline{kind: inCodeSpan}
	default:
		return inline{kind: inEmphasis}
	}
}
