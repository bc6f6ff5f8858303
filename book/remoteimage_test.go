package book

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// TestRemoteMarkdownImage checks that a remote Markdown image (a README's
// badge) is a warning, as a remote <img> is, not an error: the book builds
// and the editions print its alt text.
func TestRemoteMarkdownImage(t *testing.T) {
	b, d := loadMap(t, map[string]string{
		"book.yaml": "title: T\nauthors: [A]\nlanguage: en\nchapters: [one.md]\n",
		"one.md":    "# One\n\n[![Downloads](https://img.shields.io/npm/dm/x.svg)](https://www.npmjs.com/package/x)\n",
	})
	if d.HasErrors() {
		t.Fatalf("a remote image is an error:\n%s", d.Error())
	}
	if !strings.Contains(d.Error(), `one.md:3:2: warning: image "https://img.shields.io/npm/dm/x.svg" is remote`) {
		t.Errorf("the remote image is not reported at its place:\n%s", d.Error())
	}
	if len(b.Images) != 1 || b.Images[0] != b.Cover { // the drawn cover only
		t.Errorf("images %v, want only the cover", b.Images)
	}
}

// TestRootRelativeDestinations checks that "/x" in a chapter's links and
// images is x in the book folder, as GitHub reads it in a repository, and
// that it still cannot leave the folder.
func TestRootRelativeDestinations(t *testing.T) {
	b, d := loadMap(t, map[string]string{
		"book.yaml":      "title: T\nauthors: [A]\nlanguage: en\nchapters: [docs/one.md, two.md]\n",
		"docs/one.md":    "# One\n\n![pic](/assets/pic.png)\n\nSee [two](/two.md#part) and [up](/../secret.md).\n",
		"two.md":         "# Two\n\n## Part\n",
		"assets/pic.png": string(pngBytes(t, 4, 3)),
	})
	got := d.Error()
	if d.HasErrors() || len(d) != 1 || !strings.Contains(got, `link to "/../secret.md" leaves the book folder`) {
		t.Fatalf("want only the escape through / refused, got:\n%s", got)
	}
	var anchors []string
	ast.Walk(b.Chapters[0].Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Link:
			if entering {
				anchors = append(anchors, b.Link(n).Anchor)
			}
		case *ast.Image:
			if entering && b.ImageOf(n) == nil {
				t.Error("the image /assets/pic.png is not the book's assets/pic.png")
			}
		}
		return ast.WalkContinue, nil
	})
	if strings.Join(anchors, " ") != "part " {
		t.Errorf("links land on %q, want the heading part and nowhere", anchors)
	}
}
