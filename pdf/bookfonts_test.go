package pdf

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
)

// TestBookFontChain sets a book in the fonts its book.yaml names: a list
// whose first font is a face of a CFF collection chosen by name (Noto Serif
// CJK SC) and whose second, for what the first lacks, is a TrueType font.
// The PDF embeds the collection's face as a CIDFontType0 subset, and the
// text comes back from it.
func TestBookFontChain(t *testing.T) {
	const ttc = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
	cjk, err := os.ReadFile(ttc)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	charis, err := os.ReadFile("../assets/fonts/Charis-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"book.yaml": {Data: []byte("title: 世界人权宣言\nauthors: [United Nations]\nlanguage: zh-Hans\n" +
			"pdf:\n  font: [\"fonts/cjk.ttc#Noto Serif CJK SC\", fonts/latin.ttf]\nchapters: [a.md]\n")},
		"a.md":            {Data: []byte("# 第一条\n\n人人生而自由，在尊严和权利上一律平等。Ünïcödé 2024.\n")},
		"fonts/cjk.ttc":   {Data: cjk},
		"fonts/latin.ttf": {Data: charis},
	}
	b, ds := book.Load(fsys)
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	if f := b.Meta.PDF.Font; f.Regular == nil || f.Regular.Index == 0 || len(f.More) != 1 {
		t.Fatalf("font chain not read: %+v", f)
	}
	_, path := layoutFile(t, b)
	fonts := tool(t, "pdffonts", path)
	if !strings.Contains(fonts, "NotoSerifCJKSC") || !strings.Contains(fonts, "CID Type 0C") {
		t.Errorf("the collection's face is not embedded as CFF:\n%s", fonts)
	}
	if strings.Contains(fonts, " no ") {
		t.Errorf("a font is not embedded:\n%s", fonts)
	}
	text := tool(t, "pdftotext", path, "-")
	for _, want := range []string{"人人生而自由", "一律平等", "Ünïcödé 2024"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext lacks %q", want)
		}
	}
}
