package book

import (
	"strings"
	"testing"
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
