package book

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/cover"
)

func TestDrawnCover(t *testing.T) {
	fsys := fstest.MapFS{
		"book.yaml":       {Data: []byte("title: Walden\nsubtitle: Or Life in the Woods\nauthors: [Henry David Thoreau]\nlanguage: en\n")},
		"a.md":            {Data: []byte("# A\n\n![A pond](cover.png)\n")},
		"cover.png":       {Data: pngBytes(t, 2, 2)},
		"images/more.png": {Data: pngBytes(t, 3, 3)},
	}
	b, diags := Load(fsys)
	if len(diags) > 0 {
		t.Fatalf("diagnostics:\n%s", diags)
	}
	c := b.Cover
	if c == nil || !b.CoverDrawn {
		t.Fatal("no drawn cover")
	}
	if c.Name != "images/cover.png" || c.Path != "" || c.MediaType != "image/png" || c.Width != cover.Width || c.Height != cover.Height {
		t.Errorf("cover %+v", *c)
	}
	want, err := cover.Draw("Walden", "Or Life in the Woods", []string{"Henry David Thoreau"}, cover.Options{})
	if err != nil || string(c.Data) != string(want) {
		t.Error("cover data is not the drawn cover")
	}
	if len(b.Images) != 2 || b.Images[0] != c || b.Images[1].Name != "images/cover-2.png" {
		var names []string
		for _, img := range b.Images {
			names = append(names, img.Name)
		}
		t.Errorf("images %q, want the cover first, then the chapter's cover.png renamed", names)
	}
}

func TestCoverSize(t *testing.T) {
	for _, c := range []struct {
		name string
		w, h int
		warn string
	}{
		{"small", 600, 900, `book.yaml:4:8: warning: cover "c.png" is 600 × 900 pixels: stores ask for at least 1400 × 2100`},
		{"store size", 1600, 2560, ""},
		{"narrow", 1000, 2560, `cover "c.png" is 1000 × 2560 pixels`},
	} {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\ncover: c.png\n")},
				"a.md":      {Data: []byte("# A\n")},
				"c.png":     {Data: pngBytes(t, c.w, c.h)},
			}
			b, diags := Load(fsys)
			if b.CoverDrawn || b.Cover == nil || b.Cover.Path != "c.png" {
				t.Fatalf("cover %+v drawn %v", b.Cover, b.CoverDrawn)
			}
			got := diags.Error()
			if c.warn == "" && len(diags) > 0 || c.warn != "" && (len(diags) != 1 || !strings.Contains(got, c.warn)) {
				t.Errorf("diagnostics:\n%s\nwant %q", got, c.warn)
			}
		})
	}
}

func TestDrawnCoverMissingLetters(t *testing.T) {
	fsys := fstest.MapFS{
		"book.yaml": {Data: []byte("title: 红楼梦\nauthors: [Cao Xueqin]\nlanguage: zh\n")},
		"a.md":      {Data: []byte("# A\n")},
	}
	b, diags := Load(fsys)
	if b.Cover == nil || diags.HasErrors() || len(diags) != 1 || !strings.Contains(diags.Error(), `leaves out "红楼梦"`) {
		t.Errorf("cover %v, diagnostics:\n%s", b.Cover != nil, diags)
	}
}
