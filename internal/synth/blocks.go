package synth

import (
	"fmt"
	"strings"
)

// deck returns the blocks chapter i places between its paragraphs: one of
// every kind, plus more as the chapter grows, shuffled. Images it draws are
// added to imgs.
func (g *gen) deck(i int, imgs *[]file) []func(*strings.Builder) int {
	d := []func(*strings.Builder) int{
		g.bulletList, g.orderedList, g.nestedList, g.taskList,
		g.quote, g.codeBlock(i), g.table, g.definitions, g.rule,
	}
	nImages := 1 + g.opt.WordsPerChapter/4000
	if i == 0 {
		// The first chapter shows every code language and image format, so
		// that even a one-chapter book holds every construct.
		for k := 1; k < len(codeLangs); k++ {
			d = append(d, g.codeBlock(i+k))
		}
		nImages = max(nImages, 3)
	}
	for k := range nImages {
		d = append(d, g.figure(i, k, imgs))
	}
	if i%4 == 1 || len(g.chapters) == 1 {
		d = append(d, g.longTable)
	}
	if i == min(1, len(g.chapters)-1) {
		d = append(d, g.wideTable)
	}
	for k := range g.opt.WordsPerChapter / 1500 {
		switch g.r.IntN(5) {
		case 0:
			d = append(d, g.bulletList)
		case 1:
			d = append(d, g.orderedList)
		case 2:
			d = append(d, g.quote)
		case 3:
			d = append(d, g.codeBlock(i+k+1))
		default:
			d = append(d, g.table)
		}
	}
	g.r.Shuffle(len(d), func(a, b int) { d[a], d[b] = d[b], d[a] })
	return d
}

// item is the text of a list item: a phrase or a sentence or two.
func (g *gen) item() (string, int) {
	if g.chance(0.5) {
		p := capitalize(g.phrase(2, 6))
		return p, strings.Count(p, " ") + 1
	}
	return g.paragraph(1+g.r.IntN(2), nil)
}

func (g *gen) list(sb *strings.Builder, marker func(k int) string) int {
	words := 0
	for k := range 3 + g.r.IntN(4) {
		text, w := g.item()
		sb.WriteString(marker(k) + text + "\n")
		words += w
	}
	sb.WriteString("\n")
	return words
}

func (g *gen) bulletList(sb *strings.Builder) int {
	return g.list(sb, func(int) string { return "- " })
}

func (g *gen) orderedList(sb *strings.Builder) int {
	return g.list(sb, func(k int) string { return fmt.Sprintf("%d. ", k+1) })
}

func (g *gen) taskList(sb *strings.Builder) int {
	return g.list(sb, func(k int) string {
		if g.chance(0.5) {
			return "- [x] "
		}
		return "- [ ] "
	})
}

// nestedList is an ordered list with bullet sublists, one of them nested
// twice, and a loose item of two paragraphs.
func (g *gen) nestedList(sb *strings.Builder) int {
	words := 0
	for k := range 3 {
		text, w := g.item()
		fmt.Fprintf(sb, "%d. %s\n", k+1, text)
		words += w
		if k == 1 {
			more, w := g.paragraph(2, nil)
			fmt.Fprintf(sb, "\n   %s\n\n", more)
			words += w
		}
		for j := range 1 + g.r.IntN(3) {
			text, w := g.item()
			fmt.Fprintf(sb, "   - %s\n", text)
			words += w
			if k == 0 && j == 0 {
				for range 2 {
					p := g.phrase(2, 5)
					fmt.Fprintf(sb, "     - %s\n", p)
					words += strings.Count(p, " ") + 1
				}
			}
		}
	}
	sb.WriteString("\n")
	return words
}

func (g *gen) quote(sb *strings.Builder) int {
	words := 0
	for k := range 1 + g.r.IntN(2) {
		if k > 0 {
			sb.WriteString(">\n")
		}
		text, w := g.paragraph(1+g.r.IntN(4), nil)
		sb.WriteString("> " + text + "\n")
		words += w
	}
	if g.chance(0.5) {
		fmt.Fprintf(sb, ">\n> --- %s %s\n", g.pick(names), g.pick(names))
		words += 2
	}
	sb.WriteString("\n")
	return words
}

func (g *gen) rule(sb *strings.Builder) int {
	sb.WriteString("* * *\n\n")
	return 0
}

func (g *gen) definitions(sb *strings.Builder) int {
	words := 0
	for range 2 + g.r.IntN(3) {
		term := capitalize(g.phrase(1, 3))
		sb.WriteString(term + "\n")
		words += strings.Count(term, " ") + 1
		for range 1 + g.r.IntN(2) {
			text, w := g.paragraph(1+g.r.IntN(2), nil)
			sb.WriteString(": " + text + "\n")
			words += w
		}
		sb.WriteString("\n")
	}
	return words
}

// tableOf writes a pipe table with the given columns and rows.
func (g *gen) tableOf(sb *strings.Builder, cols, rows int) int {
	words := 0
	aligns := []string{":---", ":---:", "---:", "---"}
	kinds := make([]int, cols) // 0 words, 1 numbers, 2 long text
	var head, rule []string
	for c := range cols {
		kinds[c] = g.r.IntN(3)
		if c == 0 {
			kinds[c] = 0
		}
		h := capitalize(g.phrase(1, 2))
		head = append(head, h)
		words += strings.Count(h, " ") + 1
		a := aligns[g.r.IntN(len(aligns))]
		if kinds[c] == 1 {
			a = "---:"
		}
		rule = append(rule, a)
	}
	sb.WriteString("| " + strings.Join(head, " | ") + " |\n")
	sb.WriteString("|" + strings.Join(rule, "|") + "|\n")
	for range rows {
		var cells []string
		for c := range cols {
			var s string
			switch kinds[c] {
			case 0:
				s = capitalize(g.phrase(1, 3))
			case 1:
				s = g.number()
			default:
				s = g.phrase(2, 9)
			}
			if g.chance(0.05) {
				s = "*" + s + "*"
			}
			cells = append(cells, s)
			words += strings.Count(s, " ") + 1
		}
		sb.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	sb.WriteString("\n")
	return words
}

func (g *gen) table(sb *strings.Builder) int {
	return g.tableOf(sb, 2+g.r.IntN(3), 3+g.r.IntN(6))
}

// longTable has enough rows to cross at least one page.
func (g *gen) longTable(sb *strings.Builder) int {
	return g.tableOf(sb, 3, 45+g.r.IntN(25))
}

// wideTable has more columns than a page's measure holds comfortably.
func (g *gen) wideTable(sb *strings.Builder) int {
	return g.tableOf(sb, 9, 6)
}

// figure draws image k of chapter i and returns the block that shows it.
func (g *gen) figure(i, k int, imgs *[]file) func(*strings.Builder) int {
	format := []string{"png", "jpeg", "gif"}[(i+k)%3]
	ext := map[string]string{"png": "png", "jpeg": "jpg", "gif": "gif"}[format]
	path := fmt.Sprintf("images/fig-%03d-%d.%s", i+1, k+1, ext)
	*imgs = append(*imgs, file{path: path, data: g.image(format)})
	subject := g.phrase(2, 4)
	alt := fmt.Sprintf("A bar chart of the %s, %s", subject, g.number())
	caption := fmt.Sprintf("Figure %d.%d: %s", i+1, k+1, capitalize(g.phrase(3, 8)))
	return func(sb *strings.Builder) int {
		fmt.Fprintf(sb, "![%s](%s %q)\n\n", alt, path, caption)
		return 0
	}
}

// codeBlock returns a fenced code block in the language chosen by n.
func (g *gen) codeBlock(n int) func(*strings.Builder) int {
	lang := codeLangs[n%len(codeLangs)]
	return func(sb *strings.Builder) int {
		sb.WriteString("```" + lang + "\n" + g.code(lang) + "```\n\n")
		return 0
	}
}
