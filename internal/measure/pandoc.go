package measure

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/quire-books/quire/book"
)

// PandocArgs are the pandoc options BuildXeLaTeX uses: a 6×9in book page
// with 0.75in margins (1in at the foot) and 10.5pt Charis SIL, close to
// Quire's default geometry (pdf/geometry.go), chapters on new pages, a
// table of contents. KOMA's scrbook is used because the standard classes
// know no 10.5pt size.
var PandocArgs = []string{
	"-f", "commonmark_x", "--pdf-engine=xelatex",
	"--toc", "--top-level-division=chapter",
	"-V", "documentclass=scrbook", "-V", "classoption=openany",
	"-V", "fontsize=10.5pt", "-V", "linestretch=1.1",
	"-V", "mainfont=Charis SIL", "-V", "monofont=DejaVu Sans Mono",
	"-V", "geometry:paperwidth=6in", "-V", "geometry:paperheight=9in",
	"-V", "geometry:inner=0.75in", "-V", "geometry:outer=0.75in",
	"-V", "geometry:top=0.75in", "-V", "geometry:bottom=1in",
}

// BuildXeLaTeX typesets the Quire book folder dir with pandoc and XeLaTeX
// into the PDF file out: the chapter files in the book's reading order,
// with the book's title and authors. It needs pandoc, xelatex and the
// Charis SIL font.
func BuildXeLaTeX(dir, out string) error {
	b, diags := book.Load(os.DirFS(dir))
	if diags.HasErrors() {
		return fmt.Errorf("measure: loading %s: %v", dir, diags)
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	args := append([]string{}, PandocArgs...)
	args = append(args, "-M", "title="+b.Meta.Title, "-o", abs)
	for _, a := range b.Meta.AuthorNames() {
		args = append(args, "-M", "author="+a)
	}
	for _, ch := range b.Chapters {
		args = append(args, filepath.FromSlash(ch.File))
	}
	var stderr bytes.Buffer
	cmd := exec.Command("pandoc", args...)
	cmd.Dir = dir // images are relative to the chapters
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("measure: pandoc: %v: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	return nil
}
