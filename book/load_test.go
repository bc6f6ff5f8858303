package book

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

// dumpBook is a stable text picture of what renderers see.
func dumpBook(b *Book) string {
	var sb strings.Builder
	m := b.Meta
	fmt.Fprintf(&sb, "title: %s\nsubtitle: %s\nlanguage: %s\nidentifier: %s\ndate: %s\nslug: %s\n", m.Title, m.Subtitle, m.Language, m.Identifier, m.Date, m.Slug)
	for _, c := range m.Creators {
		fmt.Fprintf(&sb, "creator: %s (%s) file-as=%q\n", c.Name, c.Role, c.FileAs)
	}
	if m.Series != nil {
		fmt.Fprintf(&sb, "series: %s #%s\n", m.Series.Name, m.Series.Position)
	}
	sb.WriteString("spine:\n")
	for _, d := range b.Spine {
		if d.Part != nil {
			fmt.Fprintf(&sb, "  part %s #%s %q\n", d.Part.ID, d.Part.Anchor, d.Part.Title)
		} else {
			fmt.Fprintf(&sb, "  chapter %s (%s) #%s %q\n", d.Chapter.ID, d.Chapter.File, d.Chapter.Anchor, d.Chapter.Title)
		}
	}
	sb.WriteString("toc:\n")
	for _, e := range b.TOCFlat() {
		fmt.Fprintf(&sb, "%s%s #%s\n", strings.Repeat("  ", e.Depth), e.Title, e.Anchor)
	}
	sb.WriteString("images:\n")
	for _, img := range b.Images {
		fmt.Fprintf(&sb, "  %s -> %s %s %dx%d\n", img.Path, img.Name, img.MediaType, img.Width, img.Height)
	}
	sb.WriteString("links:\n")
	for _, ch := range b.Chapters {
		ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.Link); ok && entering {
				t := b.Link(l)
				switch {
				case t.URL != "":
					fmt.Fprintf(&sb, "  %s %s -> %s\n", ch.NodePos(l), l.Destination, t.URL)
				case t.Chapter != nil:
					fmt.Fprintf(&sb, "  %s %s -> %s#%s\n", ch.NodePos(l), l.Destination, t.Chapter.ID, t.Anchor)
				default:
					fmt.Fprintf(&sb, "  %s %s -> (plain text)\n", ch.NodePos(l), l.Destination)
				}
			}
			return ast.WalkContinue, nil
		})
	}
	return sb.String()
}

func TestLoadValidFixtures(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/valid/*")
	if len(dirs) == 0 {
		t.Fatal("no fixtures")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var b *Book
			var diags Diagnostics
			if singles, _ := filepath.Glob(filepath.Join(dir, "*.md")); len(singles) == 1 && !exists(filepath.Join(dir, ManifestName)) {
				b, diags = LoadFile(os.DirFS(dir), filepath.Base(singles[0]))
			} else {
				b, diags = Load(os.DirFS(dir))
			}
			if diags.HasErrors() {
				t.Fatalf("unexpected errors:\n%s", diags)
			}
			got := dumpBook(b) + "diagnostics:\n" + diags.Error() + "\n"
			golden.Check(t, filepath.Join("testdata/golden", filepath.Base(dir)+".txt"), []byte(got), *update)
		})
	}
}

func exists(p string) bool { _, err := os.Stat(p); return err == nil }

func TestLoadInvalidFixtures(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/invalid/*")
	if len(dirs) == 0 {
		t.Fatal("no fixtures")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			_, diags := Load(os.DirFS(dir))
			if !diags.HasErrors() {
				t.Fatalf("no error reported; diagnostics:\n%s", diags)
			}
			for _, d := range diags {
				if d.Pos.File == "" || (d.Pos.Line == 0 && d.Pos.File != ".") {
					t.Errorf("diagnostic without a line: %s", d)
				}
			}
			golden.Check(t, filepath.Join("testdata/golden", "invalid-"+filepath.Base(dir)+".txt"), []byte(diags.Error()+"\n"), *update)
		})
	}
}

func TestLinkResolution(t *testing.T) {
	fsys := fstest.MapFS{
		"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\nchapters: [sub/one.md, two.md]\n")},
		"sub/one.md": {Data: []byte("# One\n\n## Summary\n\n" +
			"[a](../two.md) [b](../two.md#summary) [c](#summary) [d](https://x.org/#y) [e](missing.md) " +
			"[f](../two.md#nope) [g](#nope) [h](../two.md#Summary) [i](../two.md#summary-1) [j](mailto:a@b.c) [k](../../out.md)\n")},
		"two.md": {Data: []byte("# Two\n\n## Summary\n")},
	}
	b, diags := Load(fsys)
	links := map[string]LinkTarget{}
	for _, ch := range b.Chapters {
		ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.Link); ok && entering {
				links[PlainText(l, ch.Source)] = b.Link(l)
			}
			return ast.WalkContinue, nil
		})
	}
	two := b.Chapters[1]
	tests := []struct {
		text         string
		url, chapter string
		anchor       string
	}{
		{"a", "", "two", "two"},
		{"b", "", "two", "summary-1"},
		{"c", "", "one", "summary"},
		{"d", "https://x.org/#y", "", ""},
		{"e", "", "", ""},
		{"f", "", "two", "two"},
		{"g", "", "", ""},
		{"h", "", "two", "summary-1"},
		{"i", "", "two", "summary-1"},
		{"j", "mailto:a@b.c", "", ""},
		{"k", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := links[tt.text]
			ch := ""
			if got.Chapter != nil {
				ch = got.Chapter.ID
			}
			if got.URL != tt.url || ch != tt.chapter || got.Anchor != tt.anchor {
				t.Errorf("link %s = {%q %q %q}, want {%q %q %q}", tt.text, got.URL, ch, got.Anchor, tt.url, tt.chapter, tt.anchor)
			}
		})
	}
	if two.Anchor != "two" {
		t.Errorf("chapter two anchor = %q", two.Anchor)
	}
	var warnings []string
	for _, d := range diags {
		warnings = append(warnings, d.String())
	}
	want := []string{
		`sub/one.md:5:75: warning: link to "missing.md": no chapter of the book is "sub/missing.md"; it is printed as plain text`,
		`sub/one.md:5:91: warning: link to "../two.md#nope": no heading "#nope" in two.md; it goes to the start of the chapter`,
		`sub/one.md:5:111: warning: link to "#nope": no heading "#nope" in this chapter; it is printed as plain text`,
		`sub/one.md:5:188: warning: link to "../../out.md" leaves the book folder; it is printed as plain text`,
	}
	if strings.Join(warnings, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(want, "\n"))
	}
}

func TestYAMLErrorsHavePositions(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unclosed quote", "title: \"x\nauthors: [A]\n", "book.yaml:1:8: error: malformed YAML"},
		{"bad indentation", "title: T\n  authors: [A]\nlanguage: en\n", "book.yaml:1:8: error: malformed YAML"},
		{"title is a list", "title: [a, b]\nauthors: [A]\nlanguage: en\n", "book.yaml:1:8: error: title must be a single value, not a list"},
		{"unknown key", "title: T\nauthors: [A]\nlanguage: en\nautor: x\n", `book.yaml:4:1: warning: unknown key "autor"; did you mean "authors"?`},
		{"bad toc depth", "title: T\nauthors: [A]\nlanguage: en\ntoc-depth: zero\n", `book.yaml:4:12: error: toc-depth must be a whole number from 1 to 6`},
		{"bad date", "title: T\nauthors: [A]\nlanguage: en\ndate: 2020-02-30\n", `book.yaml:4:7: error: date "2020-02-30" is not a date`},
		{"author without name", "title: T\nauthors:\n  - role: edt\nlanguage: en\n", "book.yaml:3:9: error: an author needs a name"},
		{"duplicate key", "title: T\ntitle: U\nauthors: [A]\nlanguage: en\n", "book.yaml:2:1: error: malformed YAML: mapping key \"title\" already defined"},
		{"missing language", "title: T\nauthors: [A]\n", "book.yaml:1:1: error: the book needs a language"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"book.yaml": {Data: []byte(tt.yaml)}, "a.md": {Data: []byte("# A\n")}}
			_, diags := Load(fsys)
			if !strings.Contains(diags.Error(), tt.want) {
				t.Errorf("diagnostics:\n%s\nwant one starting %q", diags, tt.want)
			}
		})
	}
}

func TestIdentifierIsStable(t *testing.T) {
	m := Metadata{Title: "T", Creators: []Creator{{Name: "A", Role: "aut"}}}
	a, b := derivedIdentifier(m), derivedIdentifier(m)
	m.Title = "U"
	c := derivedIdentifier(m)
	if a != b || a == c || !strings.HasPrefix(a, "urn:uuid:") {
		t.Errorf("identifiers %q %q %q", a, b, c)
	}
}

func TestBOMAndCRLF(t *testing.T) {
	fsys := fstest.MapFS{
		"book.yaml": {Data: []byte("\xef\xbb\xbftitle: T\r\nauthors: [A]\r\nlanguage: en\r\n")},
		"a.md":      {Data: []byte("\xef\xbb\xbf# Title\r\n\r\nText with [bad](nope.md).\r\n")},
	}
	b, diags := Load(fsys)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if b.Chapters[0].Title != "Title" {
		t.Errorf("title %q", b.Chapters[0].Title)
	}
	if len(diags) != 1 || diags[0].Pos.String() != "a.md:3:11" {
		t.Errorf("diagnostics %v", diags)
	}
}

func TestPageRefs(t *testing.T) {
	fsys := fstest.MapFS{
		"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\n")},
		"a.md":      {Data: []byte("# A\n\n[see p. {page}](b.md#sub), [{page}–{page}](b.md) and [{page}](nope.md).\n")},
		"b.md":      {Data: []byte("# B\n\n## Sub\n")},
	}
	b, diags := Load(fsys)
	var got []string
	ast.Walk(b.Chapters[0].Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *PageRef:
			got = append(got, "<"+t.Anchor+">")
		case *ast.Text:
			if _, inLink := t.Parent().(*ast.Link); inLink {
				got = append(got, string(t.Segment.Value(b.Chapters[0].Source)))
			}
		}
		return ast.WalkContinue, nil
	})
	want := "see p. |<sub>|<b>|–|<b>|{page}"
	if strings.Join(got, "|") != want {
		t.Errorf("link contents %q, want %q", strings.Join(got, "|"), want)
	}
	if len(diags) != 2 || !strings.Contains(diags.Error(), "{page} needs a link to a place in the book") {
		t.Errorf("diagnostics:\n%s", diags)
	}
}

func TestDestinationEscapes(t *testing.T) {
	fsys := fstest.MapFS{
		"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\n")},
		"a.md":      {Data: []byte("# A\n\n[x](b\\_c.md) [y](b&#95;c.md#sub) ![i](i&amp;j.png)\n")},
		"b_c.md":    {Data: []byte("# B\n\n## Sub\n")},
		"i&j.png":   {Data: pngBytes(t, 2, 2)},
	}
	b, diags := Load(fsys)
	if diags.HasErrors() || len(diags) > 0 {
		t.Fatalf("diagnostics:\n%s", diags)
	}
	var got []string
	ast.Walk(b.Chapters[0].Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			got = append(got, b.Link(l).Chapter.ID+"#"+b.Link(l).Anchor)
		}
		return ast.WalkContinue, nil
	})
	// b.Images: the drawn cover, then i&j.png.
	if strings.Join(got, " ") != "b_c#b b_c#sub" || len(b.Images) != 2 || b.Images[1].Path != "i&j.png" {
		t.Errorf("links %q, images %d", got, len(b.Images))
	}
}
