package synth

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
)

// tiny is the smallest book that still holds every construct.
var tiny = Options{Chapters: 2, WordsPerChapter: 300, Seed: 7, Title: "Tiny"}

func TestBooksLoadCleanly(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
		// realistic: the size is large enough for the word count to
		// follow WordsPerChapter (tiny chapters are mostly the blocks every
		// chapter must hold).
		realistic bool
	}{
		{"tiny", tiny, false},
		{"one chapter", Options{Chapters: 1, WordsPerChapter: 150, Seed: 3}, false},
		{"parts", Options{Chapters: 21, WordsPerChapter: 200, Seed: 5, Title: "Parts"}, false},
		{"small", Small, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := Write(dir, tc.opt); err != nil {
				t.Fatal(err)
			}
			b, diags := book.Load(os.DirFS(dir))
			for _, d := range diags {
				t.Errorf("%s", d)
			}
			if b == nil {
				t.Fatal("no book")
			}
			if len(b.Chapters) != tc.opt.Chapters {
				t.Errorf("%d chapters, want %d", len(b.Chapters), tc.opt.Chapters)
			}
			wantParts := 0
			if tc.opt.Chapters >= 2*partSize {
				wantParts = (tc.opt.Chapters + partSize - 1) / partSize
			}
			if len(b.Parts) != wantParts {
				t.Errorf("%d parts, want %d", len(b.Parts), wantParts)
			}
			checkConstructs(t, b, tc.opt.Chapters > 1)
			checkWords(t, b, tc.opt, tc.realistic)
		})
	}
}

// checkConstructs fails for every construct the book does not use.
// crossLinks says whether the book has chapters to link between.
func checkConstructs(t *testing.T, b *book.Book, crossLinks bool) {
	t.Helper()
	seen := map[string]int{}
	for _, ch := range b.Chapters {
		ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.Heading:
				seen["h"+string(rune('0'+n.Level))]++
			case *ast.Emphasis:
				seen[map[int]string{1: "emphasis", 2: "strong"}[n.Level]]++
			case *ast.CodeSpan:
				seen["code span"]++
			case *ast.FencedCodeBlock:
				seen["code "+string(n.Language(ch.Source))]++
			case *ast.Blockquote:
				seen["quote"]++
			case *ast.ThematicBreak:
				seen["rule"]++
			case *ast.List:
				if n.IsOrdered() {
					seen["ordered list"]++
				} else {
					seen["bullet list"]++
				}
				if _, ok := n.Parent().(*ast.ListItem); ok {
					seen["nested list"]++
				}
			case *ast.AutoLink:
				seen["url"]++
			case *ast.Link:
				tg := b.Link(n)
				switch {
				case tg.URL != "":
					seen["external link"]++
				case tg.Chapter == ch:
					seen["local link"]++
				case tg.Anchor == tg.Chapter.Anchor:
					seen["chapter link"]++
				default:
					seen["heading link"]++
				}
			case *book.PageRef:
				seen["page ref"]++
			case *ast.Image:
				seen["image "+b.ImageOf(n).Format]++
				if len(n.Title) > 0 {
					seen["caption"]++
				}
			case *east.Table:
				seen["table"]++
				if len(n.Alignments) > 6 {
					seen["wide table"]++
				}
				if rows := n.ChildCount(); rows > 40 {
					seen["long table"]++
				}
				for _, a := range n.Alignments {
					seen["align "+a.String()]++
				}
			case *east.TaskCheckBox:
				seen["task"]++
			case *east.DefinitionList:
				seen["definitions"]++
			case *east.Strikethrough:
				seen["strikethrough"]++
			case *east.Footnote:
				seen["footnote"]++
				if n.ChildCount() > 1 {
					seen["long footnote"]++
				}
			}
			return ast.WalkContinue, nil
		})
	}
	for _, want := range []string{
		"h1", "h2", "emphasis", "strong", "code span", "code go", "code python", "code json", "code shell",
		"quote", "rule", "ordered list", "bullet list", "nested list", "url", "external link", "local link",
		"chapter link", "heading link", "page ref", "image png", "image jpeg", "image gif", "caption",
		"table", "wide table", "long table", "align left", "align center", "align right",
		"task", "definitions", "strikethrough", "footnote", "long footnote",
	} {
		if !crossLinks && (want == "chapter link" || want == "heading link") {
			continue
		}
		if seen[want] == 0 {
			t.Errorf("no %s in the book", want)
		}
	}
}

// checkWords checks the prose comes near the asked length (when sized
// realistically) with English-like words.
func checkWords(t *testing.T, b *book.Book, opt Options, realistic bool) {
	t.Helper()
	var words []string
	for _, ch := range b.Chapters {
		words = append(words, strings.Fields(book.PlainText(ch.Doc, ch.Source))...)
	}
	want := opt.Chapters * opt.WordsPerChapter
	if n := len(words); realistic && (n < want*9/10 || n > want*3/2) {
		t.Errorf("%d words, want about %d", n, want)
	}
	letters, n := 0, 0
	alpha := regexp.MustCompile(`^[a-z]+$`)
	for _, w := range words {
		if alpha.MatchString(w) {
			letters += len(w)
			n++
		}
	}
	if mean := float64(letters) / float64(n); mean < 4.3 || mean > 5.2 {
		t.Errorf("mean word length %.2f letters, want English-like 4.3–5.2", mean)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if err := Write(dir, tiny); err != nil {
			t.Fatal(err)
		}
	}
	fa, fb := readTree(t, a), readTree(t, b)
	if len(fa) == 0 || len(fa) != len(fb) {
		t.Fatalf("%d files vs %d", len(fa), len(fb))
	}
	for name, data := range fa {
		if !bytes.Equal(data, fb[name]) {
			t.Errorf("%s differs between two writes", name)
		}
	}
	// A different seed gives a different book.
	c := t.TempDir()
	other := tiny
	other.Seed++
	if err := Write(c, other); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(fa["chapter-001.md"], readTree(t, c)["chapter-001.md"]) {
		t.Error("seeds 7 and 8 wrote the same chapter")
	}
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestWriteRejectsBadOptions(t *testing.T) {
	for _, opt := range []Options{{Chapters: 0, WordsPerChapter: 500}, {Chapters: 3, WordsPerChapter: 10}} {
		if err := Write(t.TempDir(), opt); err == nil {
			t.Errorf("Write(%+v) = nil, want an error", opt)
		}
	}
}

func TestRoman(t *testing.T) {
	for n, want := range map[int]string{1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 1994: "MCMXCIV"} {
		if got := roman(n); got != want {
			t.Errorf("roman(%d) = %q, want %q", n, got, want)
		}
	}
}
