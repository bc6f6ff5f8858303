package pdf

import (
	"bytes"
	"strings"

	"github.com/quire-books/quire/third_party/fpdf"
	"github.com/yuin/goldmark/ast"

	"github.com/quire-books/quire/book"
)

// pxToPt converts image pixels to points at 96 pixels an inch.
const pxToPt = 72.0 / 96.0

// imageName registers an image with fpdf once and returns its name.
func (r *renderer) imageName(img *book.Image) string {
	if name, ok := r.images[img]; ok {
		return name
	}
	name := "img:" + img.Path
	format, data := r.env.gifs.png(img)
	r.p.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: format}, bytes.NewReader(data))
	r.images[img] = name
	return name
}

// figureWidth is the width an image is set at: the measure, unless the
// image is less than half as wide as the measure at 96 dpi, when it keeps
// its own size rather than being blown up.
func figureWidth(img *book.Image, measure float64) float64 {
	natural := float64(img.Width) * pxToPt
	if natural < measure/2 {
		return natural
	}
	return measure
}

// captionStyle is the style of a figure's or a table's caption.
func (r *renderer) captionStyle() style {
	st := r.base
	st.face.italic = !st.face.italic
	st.size = r.base.size * 0.9
	return st
}

// titleCaption is the caption of an image in running text: its title, or
// nothing.
func (r *renderer) titleCaption(n *ast.Image) []run {
	if title := string(n.Title); title != "" {
		return []run{{text: title, st: r.captionStyle()}}
	}
	return nil
}

// implicitFigure sets an image alone in its paragraph as a figure (as
// Pandoc's implicit figures): captioned with its title, or else with its
// alt text, markup and all (see book.FigureCaption).
func (r *renderer) implicitFigure(n *ast.Image) {
	title, fromAlt := book.FigureCaption(n)
	var caption []run
	switch {
	case title != "":
		caption = []run{{text: title, st: r.captionStyle(), src: nearSrc(n), srcNear: true}}
	case fromAlt:
		caption = r.inlines(n, inlineCtx{st: r.captionStyle()})
	}
	r.figure(n, target{}, caption)
}

// figure sets an image as a block, centred, scaled to the measure and to
// the text block keeping its aspect ratio, with its caption (runs) below,
// kept on its page. An image that does not fit the rest of the page moves
// to the next. The alt text is laid as invisible text over the image, so
// that it is searched and extracted with the page's text, unchanged,
// unless the caption says it already.
func (r *renderer) figure(n *ast.Image, link target, captionRuns []run) {
	alt := book.PlainText(n, r.src())
	img := r.b.ImageOf(n)
	if img == nil || img.Width <= 0 || img.Height <= 0 {
		r.setText([]run{{text: alt, st: r.base}}, alignLeft) // cannot happen for a loaded book
		return
	}
	capStyle := r.captionStyle()
	var caption []line
	if words := toWords(captionRuns, r.meter()); len(words) > 0 {
		caption = r.compose(words, alignCenter)
	}
	if strings.Join(strings.Fields(runsText(captionRuns)), " ") == strings.Join(strings.Fields(alt), " ") {
		alt = ""
	}
	capH := 0.0
	if len(caption) > 0 {
		capH = 6
	}
	for _, l := range caption {
		capH += r.geo.lineHeight(capStyle, l)
	}
	measure := r.x1 - r.x0
	w := figureWidth(img, measure)
	h := w * float64(img.Height) / float64(img.Width)
	if maxH := r.geo.bodyHeight() - capH - 1; h > maxH {
		w, h = w*maxH/h, maxH
	}
	r.vspace(r.base.size * 0.8)
	r.need(h + capH)
	x := r.x0 + (measure-w)/2
	// The alt text goes on one invisible line across the image, small
	// enough to fit its width.
	altStyle := style{size: 6}
	var altLines []line
	if alt != "" {
		if aw := r.meter().width(alt, altStyle); aw > w {
			altStyle.size *= w / aw
		}
		altWords := toWords([]run{{text: alt, st: altStyle}}, r.meter())
		altLines = setLines(altWords, w+1, alignLeft, r.meter())
	}
	from := r.queued()
	if p := n.Pos(); p >= 0 {
		r.lineSrc = p + 1 // the page starts at the image (lineSrc is offset+1)
	}
	x = r.geo.mirrorX(1, x, w)
	r.emitLine(h, 0, func(top float64) {
		r.p.ImageOptions(r.imageName(img), x, top, w, h, false, fpdf.ImageOptions{ImageType: img.Format}, 0, "")
		switch {
		case link.anchor != "":
			r.p.Link(x+r.dx, top, w, h, r.linkID(link.anchor))
		case link.url != "":
			r.p.LinkString(x+r.dx, top, w, h, link.url)
		}
		if len(altLines) > 0 {
			r.p.SetTextRenderingMode(3) // invisible
			for _, l := range altLines {
				r.drawLine(l, x, top, top+min(h, altStyle.size), altStyle.size)
			}
			r.p.SetTextRenderingMode(0)
		}
	})
	if len(caption) > 0 {
		r.vspace(6)
		for _, l := range caption {
			r.setLine(l, capStyle, r.x0)
		}
	}
	keepTogether(r.since(from))
	r.vspace(r.base.size * 0.8)
}

// runsText is the text of runs.
func runsText(runs []run) string {
	var sb strings.Builder
	for _, x := range runs {
		sb.WriteString(x.text)
	}
	return sb.String()
}

// coverPage sets the cover image alone on the first page, as large as the
// page allows.
func (r *renderer) coverPage(img *book.Image) {
	r.newPage()
	r.noFolio[r.page] = true
	if r.p == nil || img.Width <= 0 || img.Height <= 0 {
		return
	}
	pw, ph := r.geo.pageW, r.geo.pageH
	w, h := pw, pw*float64(img.Height)/float64(img.Width)
	if h > ph {
		w, h = ph*float64(img.Width)/float64(img.Height), ph
	}
	r.p.ImageOptions(r.imageName(img), (pw-w)/2, (ph-h)/2, w, h, false,
		fpdf.ImageOptions{ImageType: img.Format}, 0, "")
}
