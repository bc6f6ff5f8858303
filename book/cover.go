package book

import (
	"strings"

	"github.com/quire-books/quire/cover"
	"github.com/quire-books/quire/fontset"
)

// Stores' cover sizes: Apple Books asks for covers at least 1400 pixels
// wide, and Kindle and Kobo recommend 1600 × 2560 (1:1.6). A named cover
// below minCoverWidth × minCoverHeight gets a warning.
const (
	minCoverWidth  = 1400
	minCoverHeight = 2100
)

// checkCoverSize warns when the cover named in book.yaml is smaller than
// the stores ask for.
func (l *loader) checkCoverSize() {
	c := l.b.Cover
	if c == nil || (c.Width >= minCoverWidth && c.Height >= minCoverHeight) {
		return
	}
	l.d.warnf(l.coverP, "cover %q is %d × %d pixels: stores ask for at least %d × %d (%d × %d is best); the book builds, but stores may refuse the cover",
		l.cover, c.Width, c.Height, minCoverWidth, minCoverHeight, cover.Width, cover.Height)
}

// drawCover gives a book whose manifest names no cover a typographic one
// (title, subtitle and authors; see package cover), first in b.Images so
// that the EPUB packs it and the PDF prints it as its first page. It is
// set in the book's fonts (pdf.font; then the bundled ones for the letters
// they lack, then the system's: LoadOptions.Fonts) for the book's
// language. The drawing (tens of milliseconds) goes on while the rest of
// the book loads: the returned join waits for it and adds the cover; call
// it once.
func (l *loader) drawCover() (join func()) {
	m := l.b.Meta
	if l.cover != "" || l.b.Cover != nil || strings.TrimSpace(m.Title) == "" {
		return func() {}
	}
	authors := m.AuthorNames()
	// The name is taken now, before the chapters' images take theirs.
	img := &Image{
		Name: l.imageName("cover.png", "png"), Format: "png", MediaType: "image/png",
		Width: cover.Width, Height: cover.Height,
	}
	fonts := l.coverFonts()
	sys := l.systemFonts() // shared with the glyph check, which comes after the join
	var err error
	var miss []rune
	done := make(chan struct{})
	go func() {
		defer close(done)
		set, ferr := fontset.For(fonts(), fontset.Family{})
		if ferr != nil {
			// A font the book names that cannot be used is reported
			// where the PDF's fonts are read: the bundled ones draw.
			set, err = fontset.For(fontset.Family{}, fontset.Family{})
			if err != nil {
				return
			}
		}
		opt := cover.Options{Engine: set.Engine(m.Language, m.RTL(), sys)}
		img.Data, err = cover.Draw(m.Title, m.Subtitle, authors, opt)
		miss = cover.Missing(m.Title, m.Subtitle, authors, opt)
	}()
	return func() {
		<-done
		if err != nil {
			l.d.errorf(Pos{File: ManifestName}, "drawing the cover: %s", err)
			return
		}
		if len(miss) > 0 {
			l.d.warnf(Pos{File: ManifestName}, "the drawn cover leaves out %q: no font has these letters, neither the book's, the bundled ones nor those installed; name a cover image in %s (cover: images/cover.jpg)", string(miss), ManifestName)
		}
		l.b.Cover, l.b.CoverDrawn = img, true
		l.b.Images = append([]*Image{img}, l.b.Images...)
	}
}

// coverFonts returns a function that gives the cover the book's text
// fonts (pdf.font, with the families listed after it). When the loader
// has read them (loadPDF), they are taken as they are. When it has not
// yet (the cover of a book folder is drawn as soon as book.yaml is read,
// while the chapters load; loadPDF comes after), the files are read by
// the returned function, in the drawing's goroutine, by loadFont's rules
// but with no report of their own: a file that cannot be used is left out
// as loadPDF leaves it out, and loadPDF reports it. What the function
// needs is copied now, before loadPDF changes it.
func (l *loader) coverFonts() func() fontset.Family {
	pdf := l.b.Meta.PDF
	if pdf.src == nil { // read already, or none named
		f := pdf.Font.Fontset()
		return func() fontset.Family { return f }
	}
	named := copyFamily(pdf.src.font)
	fsys := l.fsys
	return func() fontset.Family {
		scratch := &loader{fsys: fsys} // its diagnostics are dropped
		scratch.loadFamily(&named)
		return named.Fontset()
	}
}

// copyFamily copies a family and its files, deeply.
func copyFamily(fam FontFamily) FontFamily {
	file := func(f *FontFile) *FontFile {
		if f == nil {
			return nil
		}
		c := *f
		return &c
	}
	out := FontFamily{Regular: file(fam.Regular), Bold: file(fam.Bold), Italic: file(fam.Italic), BoldItalic: file(fam.BoldItalic)}
	for _, m := range fam.More {
		out.More = append(out.More, copyFamily(m))
	}
	return out
}
