package book

import (
	"strings"

	"github.com/quire-books/quire/cover"
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
// that the EPUB packs it and the PDF prints it as its first page. The
// drawing (tens of milliseconds) goes on while the rest of the book loads:
// the returned join waits for it and adds the cover; call it once.
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
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		img.Data, err = cover.Draw(m.Title, m.Subtitle, authors, cover.Options{})
	}()
	return func() {
		<-done
		if err != nil {
			l.d.errorf(Pos{File: ManifestName}, "drawing the cover: %s", err)
			return
		}
		if miss := cover.Missing(m.Title + m.Subtitle + strings.Join(authors, "")); len(miss) > 0 {
			l.d.warnf(Pos{File: ManifestName}, "the drawn cover leaves out %q: its fonts lack these letters; name a cover image in %s (cover: images/cover.jpg)", string(miss), ManifestName)
		}
		l.b.Cover, l.b.CoverDrawn = img, true
		l.b.Images = append([]*Image{img}, l.b.Images...)
	}
}
