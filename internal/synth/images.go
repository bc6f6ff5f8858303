package synth

import (
	"bytes"
	"image"
	"image/color"
	"image/color/palette"
	"image/draw"
	"image/gif"
	"image/jpeg"
	"image/png"
)

// image draws a small bar chart and encodes it as format ("png", "jpeg"
// or "gif"). The encoders are deterministic, so the bytes depend only on
// the generator's state.
func (g *gen) image(format string) []byte {
	w, h := 360+40*g.r.IntN(4), 200+20*g.r.IntN(4)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	bg := color.RGBA{R: 245, G: 242, B: 232, A: 255}
	draw.Draw(img, img.Bounds(), &image.Uniform{C: bg}, image.Point{}, draw.Src)
	bars := 4 + g.r.IntN(8)
	step := (w - 40) / bars
	for k := range bars {
		bh := 20 + g.r.IntN(h-50)
		c := color.RGBA{R: uint8(40 + g.r.IntN(160)), G: uint8(60 + g.r.IntN(120)), B: uint8(90 + g.r.IntN(140)), A: 255}
		r := image.Rect(20+k*step+4, h-20-bh, 20+(k+1)*step-4, h-20)
		draw.Draw(img, r, &image.Uniform{C: c}, image.Point{}, draw.Src)
	}
	axis := color.RGBA{R: 60, G: 60, B: 60, A: 255}
	draw.Draw(img, image.Rect(18, h-20, w-18, h-18), &image.Uniform{C: axis}, image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(18, 10, 20, h-18), &image.Uniform{C: axis}, image.Point{}, draw.Src)

	var buf bytes.Buffer
	var err error
	switch format {
	case "jpeg":
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80})
	case "gif":
		pal := image.NewPaletted(img.Bounds(), palette.WebSafe)
		draw.Draw(pal, pal.Bounds(), img, image.Point{}, draw.Src)
		err = gif.Encode(&buf, pal, nil)
	default:
		err = png.Encode(&buf, img)
	}
	if err != nil {
		// The encoders fail only on write errors, and a bytes.Buffer
		// never fails to write.
		panic("synth: encoding an image: " + err.Error())
	}
	return buf.Bytes()
}
