// Command pictures renders the README's pictures of the sample book: a
// spread of its PDF (two facing pages, with pdftoppm) and a page of its
// EPUB (a chapter with the book's stylesheet, in headless Chromium), into
// docs/images. `make docs` runs it after `make book`; a missing tool skips
// its picture with a note, so the manual still builds.
package main

import (
	"archive/zip"
	"flag"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	pdf := flag.String("pdf", "build/chinas-diplomacy.pdf", "the sample book's PDF")
	epub := flag.String("epub", "build/chinas-diplomacy.epub", "the sample book's EPUB")
	out := flag.String("o", "docs/images", "where the pictures go")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	if err := pdfSpread(*pdf, filepath.Join(*out, "pdf-spread.png")); err != nil {
		fmt.Fprintln(os.Stderr, "pictures: PDF spread skipped:", err)
	}
	if err := epubPage(*epub, filepath.Join(*out, "epub-page.png")); err != nil {
		fmt.Fprintln(os.Stderr, "pictures: EPUB page skipped:", err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "pictures:", err)
	os.Exit(1)
}

// spreadPages are the facing pages shown: a left and a right page of the
// first chapter's text.
const spreadFirst, spreadLast = 6, 7

// pdfSpread renders two facing pages of the PDF side by side.
func pdfSpread(pdf, out string) error {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "quire-pictures-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	prefix := filepath.Join(tmp, "p")
	cmd := exec.Command("pdftoppm", "-r", "50", "-png", "-f", fmt.Sprint(spreadFirst), "-l", fmt.Sprint(spreadLast), pdf, prefix)
	if o, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("pdftoppm: %v: %s", err, o)
	}
	files, _ := filepath.Glob(prefix + "-*.png")
	if len(files) != 2 {
		return fmt.Errorf("pdftoppm made %d pages, want 2", len(files))
	}
	var pages []image.Image
	for _, f := range files {
		img, err := readPNG(f)
		if err != nil {
			return err
		}
		pages = append(pages, img)
	}
	a, b := pages[0].Bounds(), pages[1].Bounds()
	spread := image.NewRGBA(image.Rect(0, 0, a.Dx()+b.Dx(), max(a.Dy(), b.Dy())))
	draw.Draw(spread, a.Sub(a.Min), pages[0], a.Min, draw.Src)
	draw.Draw(spread, b.Sub(b.Min).Add(image.Pt(a.Dx(), 0)), pages[1], b.Min, draw.Src)
	return writePNG(out, spread)
}

// epubPage renders the EPUB's first chapter, with its stylesheet, in
// headless Chromium at a reader's page size.
func epubPage(epub, out string) error {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "quire-pictures-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	chapter, err := unzipBook(epub, tmp)
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--screenshot="+abs, "--window-size=520,720", "file://"+chapter)
	if o, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("chromium: %v: %s", err, o)
	}
	return nil
}

// unzipBook extracts the EPUB into dir and returns its first chapter's
// XHTML (the first spine document after the cover, title page and nav).
func unzipBook(epub, dir string) (string, error) {
	z, err := zip.OpenReader(epub)
	if err != nil {
		return "", err
	}
	defer z.Close()
	first := ""
	for _, f := range z.File {
		if strings.Contains(f.Name, "..") {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return "", err
		}
		rc, err := f.Open()
		if err != nil {
			return "", err
		}
		w, err := os.Create(p)
		if err == nil {
			_, err = io.Copy(w, rc)
			w.Close()
		}
		rc.Close()
		if err != nil {
			return "", err
		}
		base := filepath.Base(f.Name)
		if first == "" && strings.HasSuffix(base, ".xhtml") && !strings.Contains("cover.xhtml titlepage.xhtml nav.xhtml", base) {
			first = p
		}
	}
	if first == "" {
		return "", fmt.Errorf("%s has no chapter", epub)
	}
	return first, nil
}

func readPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
