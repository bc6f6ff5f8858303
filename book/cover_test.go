package book

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/cover"
	"github.com/quire-books/quire/fontset"
	"github.com/quire-books/quire/shape"
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

// The drawn cover warns of the letters no font has: neither the book's,
// the bundled ones nor those installed.
func TestDrawnCoverMissingLetters(t *testing.T) {
	for _, c := range []struct {
		name, yaml, warn string
		noto             bool // needs the installed Noto CJK fonts
	}{
		{name: "chinese, installed", yaml: "title: 红楼梦\nauthors: [曹雪芹]\nlanguage: zh\n", noto: true},
		{name: "unassigned", yaml: "title: \"Walden \\u0378\"\nauthors: [Cao Xueqin]\nlanguage: en\n", warn: `leaves out "\u0378": no font has these letters`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.noto {
				if _, err := os.Stat("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"); err != nil {
					if os.Getenv("CI") == "true" {
						t.Fatal("fonts-noto-cjk is not installed: CI has it")
					}
					t.Skip("fonts-noto-cjk is not installed")
				}
			}
			b, diags := Load(fstest.MapFS{"book.yaml": {Data: []byte(c.yaml)}, "a.md": {Data: []byte("# A\n")}})
			if b.Cover == nil || !b.CoverDrawn || diags.HasErrors() {
				t.Fatalf("cover %v, diagnostics:\n%s", b.Cover != nil, diags)
			}
			// (The PDF's fonts may warn of the letters too.)
			got := strings.Contains(diags.Error(), "the drawn cover leaves out")
			if c.warn == "" && got || c.warn != "" && !strings.Contains(diags.Error(), c.warn) {
				t.Errorf("diagnostics:\n%s\nwant %q", diags, c.warn)
			}
		})
	}
}

// The cover is set in the book's font (pdf.font), read while the chapters
// load, whether the book is a folder or one file; a font the book cannot
// use is reported once, by the PDF settings, and the cover is set in the
// bundled fonts.
func TestDrawnCoverBookFont(t *testing.T) {
	ttf, err := os.ReadFile("../assets/fonts/DejaVuSansMono.ttf")
	if err != nil {
		t.Fatal(err)
	}
	draw := func(fam fontset.Family) []byte {
		set, err := fontset.For(fam, fontset.Family{})
		if err != nil {
			t.Fatal(err)
		}
		data, err := cover.Draw("Walden", "Or Life in the Woods", []string{"Henry David Thoreau"}, cover.Options{Engine: set.Engine("en", false, &shape.System{})})
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	bundled := draw(fontset.Family{})
	dejavu := draw(fontset.Family{Regular: &fontset.File{Data: ttf, Path: "fonts/m.ttf"}})
	if bytes.Equal(bundled, dejavu) {
		t.Fatal("the book's font does not change the cover")
	}
	const meta = "title: Walden\nsubtitle: Or Life in the Woods\nauthors: [Henry David Thoreau]\nlanguage: en\n"
	for _, c := range []struct {
		name, pdf string
		single    bool
		want      []byte
		diag      string
	}{
		{name: "folder", pdf: "pdf:\n  font: fonts/m.ttf\n", want: dejavu},
		{name: "folder, styles", pdf: "pdf:\n  font: {regular: fonts/m.ttf, bold: fonts/m.ttf}\n", want: dejavu},
		{name: "one file", pdf: "pdf:\n  font: fonts/m.ttf\n", single: true, want: dejavu},
		{name: "list", pdf: "pdf:\n  font: [fonts/m.ttf, fonts/m.ttf]\n", want: dejavu},
		{name: "list, first absent", pdf: "pdf:\n  font: [fonts/none.ttf, fonts/m.ttf]\n", want: dejavu, diag: `font "fonts/none.ttf"`},
		{name: "no font", pdf: "pdf:\n  font-size: 11pt\n", want: bundled},
		{name: "not a font", pdf: "pdf:\n  font: fonts/x.otf\n", want: bundled, diag: "fonts/x.otf"},
		{name: "absent", pdf: "pdf:\n  font: fonts/none.ttf\n", want: bundled, diag: `font "fonts/none.ttf"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"fonts/m.ttf": {Data: ttf},
				"fonts/x.otf": {Data: fakeSfnt("OTTO", nil)},
			}
			var b *Book
			var diags Diagnostics
			if c.single {
				fsys["walden.md"] = &fstest.MapFile{Data: []byte("---\n" + meta + c.pdf + "---\n# A\n")}
				b, diags = LoadFile(fsys, "walden.md")
			} else {
				fsys["book.yaml"] = &fstest.MapFile{Data: []byte(meta + c.pdf)}
				fsys["a.md"] = &fstest.MapFile{Data: []byte("# A\n")}
				b, diags = Load(fsys)
			}
			if c.diag == "" && len(diags) > 0 || c.diag != "" && (len(diags) != 1 || !strings.Contains(diags.Error(), c.diag)) {
				t.Errorf("diagnostics:\n%s\nwant %q", diags, c.diag)
			}
			if b.Cover == nil || !b.CoverDrawn {
				t.Fatal("no drawn cover")
			}
			if !bytes.Equal(b.Cover.Data, c.want) {
				t.Error("the cover is not set in the expected fonts")
			}
		})
	}
}
