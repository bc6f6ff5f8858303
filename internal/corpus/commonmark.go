package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/quire-books/quire/internal/corpus/spec"
)

// CommonMarkImage is the one image of the CommonMark book, relative to the
// book folder: every image an example shows is this file.
const CommonMarkImage = "images/example.png"

// Rewrite records an example whose image destinations were changed.
type Rewrite struct {
	Example int
	// From lists the destinations replaced by CommonMarkImage.
	From []string
}

// WriteCommonMark writes the CommonMark specification's examples into dir
// as a book: one chapter per example (ex-0001.md …), so that the link
// reference definitions of one example never reach another, each opening
// with a level-one heading "Example N: Section" followed by the example's
// Markdown as it is, but for one change: image destinations. A book takes
// only images inside its folder (remote and absolute paths are errors, by
// design), and the examples show "/url", "train.jpg", "moon.jpg" and the
// like, none of which exist; so every destination of an image, whether
// inline ("![a](/url)") or in the reference definition an image uses
// ("[foo]: /url"), and the src of a raw HTML img element (example 475),
// becomes CommonMarkImage, a 16 × 16 grey PNG written
// with the book. Links keep their destinations (a link to a missing
// chapter or outside the book is a warning, and the link is printed as
// plain text). The rewrites made are returned.
func WriteCommonMark(dir string, examples []spec.Example) ([]Rewrite, error) {
	if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(CommonMarkImage)), 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(filepath.Join(dir, CommonMarkImage))
	if err != nil {
		return nil, err
	}
	if err := WriteGrayPNG(f, 16, 16); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	var names []string
	var rewrites []Rewrite
	for _, e := range examples {
		md, from := rewriteImages(e.Markdown)
		if len(from) > 0 {
			rewrites = append(rewrites, Rewrite{Example: e.Number, From: from})
		}
		name := ExampleFile(e.Number)
		names = append(names, name)
		src := fmt.Sprintf("# Example %d: %s\n\n%s", e.Number, e.Section, md)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			return nil, err
		}
	}
	return rewrites, writeBook(dir, "CommonMark examples", names)
}

// ExampleFile is the chapter file of example n.
func ExampleFile(n int) string { return fmt.Sprintf("ex-%04d.md", n) }

// ImageDestinations returns the destinations of the images in md, parsed
// as CommonMark with GFM (what a book's chapters use), sorted and unique.
func ImageDestinations(md string) []string {
	p := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.DefinitionList)).Parser()
	doc := p.Parse(text.NewReader([]byte(md)))
	seen := map[string]bool{}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := n.(*ast.Image); ok && entering {
			seen[string(img.Destination)] = true
		}
		return ast.WalkContinue, nil
	})
	var out []string
	for d := range seen {
		out = append(out, d)
	}
	sort.Strings(out)
	return out
}

// htmlImgSrc is the src attribute of a raw HTML img element.
var htmlImgSrc = regexp.MustCompile(`(<img\b[^>]*?\bsrc=")([^"]*)(")`)

// rewriteImages replaces the source of every raw HTML img element and the
// destination of every image of md by CommonMarkImage; for images: where it is written as a destination, after "(" or
// "<" or a reference definition's "]: ", and followed by ")", ">", a
// space or the line's end (so "/url" never matches inside "/url2").
func rewriteImages(md string) (string, []string) {
	dests := ImageDestinations(md)
	for _, m := range htmlImgSrc.FindAllStringSubmatch(md, -1) {
		dests = append(dests, "<img src="+m[2]+">")
	}
	md = htmlImgSrc.ReplaceAllString(md, "${1}"+CommonMarkImage+"${3}")
	if len(dests) == 0 {
		return md, nil
	}
	for _, d := range dests {
		re := regexp.MustCompile(`(\(|<|\]:[ \t]*)` + regexp.QuoteMeta(d) + `([)> \t\n]|$)`)
		md = re.ReplaceAllString(md, "${1}"+CommonMarkImage+"${2}")
	}
	return md, dests
}
