// Package synth writes synthetic Quire books: complete book folders
// (book.yaml, chapters, images) of any size that use every construct of
// Quire's Markdown dialect, for benchmarks and typesetting measures.
//
// The generator is deterministic: it owns a PCG generator seeded from
// Options.Seed and reads no clock, so the same Options always give the same
// files, byte for byte.
package synth

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/quire-books/quire/book"
)

// Options says how big a book to write.
type Options struct {
	Chapters        int    // number of chapters, at least 1
	WordsPerChapter int    // prose words per chapter (roughly), at least 100
	Seed            uint64 // the generator's seed; 0 is a seed like any other
	Title           string // the book's title; "" gives "A Synthetic Book"
}

// The named sizes.
var (
	Small  = Options{Chapters: 10, WordsPerChapter: 2000, Seed: 1, Title: "A Small Synthetic Book"}
	Medium = Options{Chapters: 100, WordsPerChapter: 4000, Seed: 1, Title: "A Medium Synthetic Book"}
	Large  = Options{Chapters: 400, WordsPerChapter: 5000, Seed: 1, Title: "A Large Synthetic Book"}
)

// Sizes maps the size names the command line takes to their Options.
var Sizes = map[string]Options{"small": Small, "medium": Medium, "large": Large}

// partSize is the number of chapters in a part; books of fewer than
// 2*partSize chapters have no parts.
const partSize = 10

// Write writes a book folder into dir (created if needed): book.yaml,
// chapter-001.md…, and images/. Files of an earlier book in dir are
// overwritten; book.yaml lists the chapters, so stray files do no harm.
func Write(dir string, opt Options) error {
	if opt.Chapters < 1 {
		return errors.New("synth: a book needs at least 1 chapter")
	}
	if opt.WordsPerChapter < 100 {
		return errors.New("synth: a chapter needs at least 100 words")
	}
	if opt.Title == "" {
		opt.Title = "A Synthetic Book"
	}
	g := newGen(opt)
	files := map[string][]byte{"book.yaml": g.manifest()}
	var order []string
	for i := range g.chapters {
		ch := &g.chapters[i]
		md, imgs := g.chapter(i)
		files[ch.file] = md
		order = append(order, ch.file)
		for _, im := range imgs {
			files[im.path] = im.data
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "images"), 0o755); err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), data, 0o644); err != nil {
			return fmt.Errorf("synth: %w", err)
		}
	}
	return nil
}

// gen is one book's generator: its random source and its plan.
type gen struct {
	r        *rand.Rand
	opt      Options
	chapters []chapterPlan
	slugs    map[string]bool // every heading slug and id used so far
	zipf     []float64       // cumulative weights of the common words
}

// chapterPlan is what other chapters may link to: the file, its title and
// its headings (planned before any chapter is written).
type chapterPlan struct {
	file     string
	title    string
	headings []headingPlan
}

type headingPlan struct {
	level  int
	text   string
	id     string // an explicit {#id}, or ""
	anchor string // the anchor Quire gives it: id or Slugify(text)
}

func newGen(opt Options) *gen {
	g := &gen{
		r:     rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15)),
		opt:   opt,
		slugs: map[string]bool{},
	}
	// Zipf-like weights: the word of rank k is drawn with weight 1/(k+70),
	// which gives a mean word length near 4.7 letters, as in non-fiction.
	sum := 0.0
	for k := range common {
		sum += 1 / float64(k+70)
		g.zipf = append(g.zipf, sum)
	}
	g.plan()
	return g
}

// plan chooses every chapter's title and headings.
func (g *gen) plan() {
	sections := max(1, (g.opt.WordsPerChapter+650)/1300)
	for i := range g.opt.Chapters {
		ch := chapterPlan{file: fmt.Sprintf("chapter-%03d.md", i+1), title: g.uniqueTitle()}
		for s := range sections {
			h := headingPlan{level: 2, text: g.uniqueTitle()}
			if s%4 == 2 {
				// An explicit heading id, as `## Text {#id}`.
				h.id = fmt.Sprintf("sec-%d-%d", i+1, s+1)
				g.slugs[h.id] = true
			}
			ch.headings = append(ch.headings, h)
			for range g.r.IntN(3) {
				ch.headings = append(ch.headings, headingPlan{level: 3, text: g.uniqueTitle()})
			}
		}
		for j := range ch.headings {
			h := &ch.headings[j]
			h.anchor = h.id
			if h.anchor == "" {
				h.anchor = book.Slugify(h.text)
			}
		}
		g.chapters = append(g.chapters, ch)
	}
}

// uniqueTitle returns a title-case phrase whose slug no other heading of
// the book has, so that links by slug are unambiguous.
func (g *gen) uniqueTitle() string {
	for try := 0; ; try++ {
		t := g.title()
		if try > 50 {
			t += " " + roman(try)
		}
		s := book.Slugify(t)
		if !g.slugs[s] {
			g.slugs[s] = true
			return t
		}
	}
}

func (g *gen) title() string {
	adj := g.pick(titleAdjectives)
	noun := g.pick(titleWords)
	switch g.r.IntN(5) {
	case 0:
		return "The " + adj + " " + noun
	case 1:
		return noun + " and " + g.pick(titleWords)
	case 2:
		return "On the " + noun + " of " + g.pick(names)
	case 3:
		return adj + " " + noun + "s of the " + g.pick(titleWords)
	default:
		article := "A "
		if strings.ContainsRune("AEIOU", rune(adj[0])) {
			article = "An "
		}
		return article + adj + " " + noun + " in " + g.pick(names)
	}
}

// manifest is book.yaml.
func (g *gen) manifest() []byte {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# A synthetic book written by internal/synth (seed %d).\n", g.opt.Seed)
	fmt.Fprintf(&sb, "title: %s\n", yamlString(g.opt.Title))
	sb.WriteString("subtitle: \"Generated Prose for Measuring Typesetting\"\n")
	sb.WriteString("authors:\n  - name: Quire Synth\n    file-as: \"Synth, Quire\"\n")
	sb.WriteString("language: en\ndate: 2024-01-01\n")
	sb.WriteString("description: \"Deterministic generated text that uses every construct of Quire's Markdown.\"\n")
	sb.WriteString("subjects: [\"Typesetting\", \"Testing\"]\n")
	sb.WriteString("toc-depth: 2\n")
	fmt.Fprintf(&sb, "slug: %s\n", slugOr(g.opt.Title, "synthetic-book"))
	sb.WriteString("chapters:\n")
	if len(g.chapters) < 2*partSize {
		for _, ch := range g.chapters {
			fmt.Fprintf(&sb, "  - %s\n", ch.file)
		}
		return []byte(sb.String())
	}
	for p := 0; p*partSize < len(g.chapters); p++ {
		fmt.Fprintf(&sb, "  - part: %s\n    chapters:\n", yamlString(fmt.Sprintf("Part %s: %s", roman(p+1), g.chapters[p*partSize].title)))
		for _, ch := range g.chapters[p*partSize : min(len(g.chapters), (p+1)*partSize)] {
			fmt.Fprintf(&sb, "      - %s\n", ch.file)
		}
	}
	return []byte(sb.String())
}

func slugOr(s, fallback string) string {
	if s := book.Slugify(s); s != "" {
		return s
	}
	return fallback
}

// yamlString quotes s as a YAML double-quoted scalar.
func yamlString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

// roman writes n (1…3999) in Roman numerals.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

// pick returns a uniformly chosen element.
func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// chance reports true with probability p.
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }
