package measure

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/quire-books/quire/book"
)

// pandocBase are the pandoc options for both editions: Quire's Markdown
// dialect is closest to commonmark_x; a table of contents; chapters as
// chapters.
var pandocBase = []string{"-f", "commonmark_x", "--toc", "--top-level-division=chapter"}

// PandocArgs are the pandoc options BuildXeLaTeX adds for a PDF: a 6×9in
// book page with 0.75in margins (1in at the foot) and 10.5pt Charis SIL,
// close to Quire's default geometry (pdf/geometry.go), chapters on new
// pages. KOMA's scrbook is used because the standard classes know no
// 10.5pt size.
var PandocArgs = []string{
	"--pdf-engine=xelatex",
	"-V", "documentclass=scrbook", "-V", "classoption=openany",
	"-V", "fontsize=10.5pt", "-V", "linestretch=1.1",
	"-V", "mainfont=Charis SIL", "-V", "monofont=DejaVu Sans Mono",
	"-V", "geometry:paperwidth=6in", "-V", "geometry:paperheight=9in",
	"-V", "geometry:inner=0.75in", "-V", "geometry:outer=0.75in",
	"-V", "geometry:top=0.75in", "-V", "geometry:bottom=1in",
}

// PandocCommand returns the pandoc command that converts the Quire book
// folder dir into out, an EPUB or (with pandoc's XeLaTeX engine) a PDF as
// out's extension says: the chapter files in the book's reading order,
// with the book's title, authors and language. The command runs in dir,
// where the chapters' images are.
func PandocCommand(dir, out string) (*exec.Cmd, error) {
	b, diags := book.Load(book.DirFS(dir))
	if diags.HasErrors() {
		return nil, fmt.Errorf("measure: loading %s: %v", dir, diags)
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	args := append([]string{}, pandocBase...)
	if strings.EqualFold(filepath.Ext(out), ".pdf") {
		args = append(args, PandocArgs...)
	}
	args = append(args, "-M", "title="+b.Meta.Title, "-M", "lang="+b.Meta.Language, "-o", abs)
	for _, a := range b.Meta.AuthorNames() {
		args = append(args, "-M", "author="+a)
	}
	for _, ch := range b.Chapters {
		args = append(args, filepath.FromSlash(ch.File))
	}
	cmd := exec.Command("pandoc", args...)
	cmd.Dir = dir
	return cmd, nil
}

// BuildXeLaTeX typesets the Quire book folder dir with pandoc and XeLaTeX
// into the PDF file out (see PandocCommand). It needs pandoc, xelatex and
// the Charis SIL font.
func BuildXeLaTeX(dir, out string) error {
	cmd, err := PandocCommand(dir, out)
	if err != nil {
		return err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("measure: pandoc: %v: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	return nil
}
