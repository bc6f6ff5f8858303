//go:build ignore

// cover.go draws the sample book's cover, content/images/cover.png, from
// its title, subtitle and author, in the book's own fonts:
//
//	go run content/cover.go
package main

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"os"
	"strings"

	"github.com/quire-books/quire/assets"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

const (
	width, height = 1600, 2560
	margin        = 170
)

var (
	background = color.RGBA{0x1d, 0x34, 0x57, 0xff}
	ink        = color.RGBA{0xf6, 0xf1, 0xe7, 0xff}
	accent     = color.RGBA{0xd9, 0xa4, 0x41, 0xff}
)

func face(name string, size float64) font.Face {
	f, err := opentype.Parse(assets.Read("fonts/" + name))
	if err != nil {
		log.Fatal(err)
	}
	fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		log.Fatal(err)
	}
	return fc
}

// wrap breaks text into lines no wider than the text block.
func wrap(fc font.Face, text string) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		try := strings.TrimSpace(line + " " + w)
		if line != "" && font.MeasureString(fc, try).Ceil() > width-2*margin {
			lines = append(lines, line)
			line = w
			continue
		}
		line = try
	}
	return append(lines, line)
}

// block draws wrapped lines, left-aligned, from baseline y; it returns the
// baseline after the last line.
func block(img draw.Image, fc font.Face, c color.Color, text string, y, leading int) int {
	d := &font.Drawer{Dst: img, Src: image.NewUniform(c), Face: fc}
	for _, l := range wrap(fc, text) {
		d.Dot = fixed.P(margin, y)
		d.DrawString(l)
		y += leading
	}
	return y - leading
}

func main() {
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	draw.Draw(img, img.Bounds(), image.NewUniform(background), image.Point{}, draw.Src)
	rule := func(y, h int) {
		draw.Draw(img, image.Rect(margin, y, width-margin, y+h), image.NewUniform(accent), image.Point{}, draw.Src)
	}
	rule(420, 12)
	y := block(img, face("Charis-Bold.ttf", 148), ink, "China’s Diplomacy to Help Fight COVID-19", 680, 178)
	y = block(img, face("Charis-Italic.ttf", 78), accent,
		"A Prime Example of Building a Community with a Shared Future for Mankind", y+190, 100)
	rule(height-520, 6)
	block(img, face("Charis-Regular.ttf", 96), ink, "Liu Jinsong", height-330, 110)

	out, err := os.Create("content/images/cover.png")
	if err != nil {
		log.Fatal(err)
	}
	defer out.Close()
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(out, img); err != nil {
		log.Fatal(err)
	}
}
