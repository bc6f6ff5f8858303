// Package scaffold writes a new book: the template behind `quire init`.
//
// The template (book.yaml with every key commented, two chapters that show
// the Markdown Quire understands, a .gitignore for the output) is embedded
// in the binary; its one image is drawn when the files are made, so the
// repository holds no binary file. The same call always gives the same bytes.
package scaffold

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed template
var template embed.FS

// File is one file of a new book.
type File struct {
	Path string // slash-separated, relative to the book folder
	Data []byte
}

// renamed maps template names to the names written: a file named
// .gitignore inside the module would be read by git as the module's own.
var renamed = map[string]string{"gitignore": ".gitignore"}

// Files returns the files of a new book, sorted by path.
func Files() ([]File, error) {
	var out []File
	err := fs.WalkDir(template, "template", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := template.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "template/")
		if r, ok := renamed[name]; ok {
			name = r
		}
		out = append(out, File{Path: name, Data: data})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("scaffold: reading the template: %w", err)
	}
	chart, err := drawChart()
	if err != nil {
		return nil, err
	}
	out = append(out, File{Path: "images/chart.png", Data: chart})
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// ExistsError is returned by Write when files of the template are already
// in the folder; nothing was written.
type ExistsError struct {
	Dir   string
	Paths []string // slash-separated, relative to Dir, sorted
}

func (e *ExistsError) Error() string {
	return fmt.Sprintf("%s already has %s; nothing written", e.Dir, strings.Join(e.Paths, ", "))
}

// Write creates a new book in dir, creating dir if needed, and returns the
// paths it wrote (relative to dir). It never overwrites: when any of the
// files exists it writes nothing and returns an *ExistsError naming them.
func Write(dir string) ([]string, error) {
	files, err := Files()
	if err != nil {
		return nil, err
	}
	var exist []string
	for _, f := range files {
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(f.Path))); err == nil {
			exist = append(exist, f.Path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	if len(exist) > 0 {
		return nil, &ExistsError{Dir: dir, Paths: exist}
	}
	var written []string
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return written, err
		}
		// O_EXCL: a file that appeared since the check is still not replaced.
		w, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return written, err
		}
		_, err = w.Write(f.Data)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return written, err
		}
		written = append(written, f.Path)
	}
	return written, nil
}

// drawChart draws the sample figure: five bars rising from left to right
// on a light background, as an RGB PNG.
func drawChart() ([]byte, error) {
	const w, h, bars = 600, 360, 5
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	bg := color.RGBA{0xf4, 0xf1, 0xea, 0xff}
	ink := color.RGBA{0x1d, 0x34, 0x57, 0xff}
	axis := color.RGBA{0x55, 0x55, 0x55, 0xff}
	fill := func(x0, y0, x1, y1 int, c color.RGBA) {
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				img.SetRGBA(x, y, c)
			}
		}
	}
	fill(0, 0, w, h, bg)
	const left, base, top = 60, h - 40, 30
	fill(left-4, top, left, base+4, axis)  // y axis
	fill(left-4, base, w-30, base+4, axis) // x axis
	slot := (w - 30 - left) / bars
	for i := range bars {
		bh := (base - top) * (i + 1) / bars
		x0 := left + i*slot + slot/5
		fill(x0, base-bh, x0+slot*3/5, base, ink)
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	// An opaque RGBA image is written as RGB: no alpha channel to split.
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("scaffold: drawing the chart: %w", err)
	}
	return buf.Bytes(), nil
}
