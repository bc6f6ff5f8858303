// Command comparescripts sets every book of the script corpus
// (internal/scripts/testdata) with Quire, with Pandoc + XeLaTeX and with
// Typst, measures each PDF with the scripts harness (one Markdown table per
// engine), and writes OUTDIR/<book>.png: two pages of each PDF side by side
// (Quire | XeLaTeX | Typst), at 60 dpi.
//
//	go run ./internal/scripts/cmd/comparescripts [-o build/compare-scripts] [-books ja,ar] [-pages auto|1]
//
// Needs mutool, pdftotext and pdftoppm (mupdf-tools, poppler-utils). XeLaTeX
// is used when pandoc and xelatex are installed (pandoc texlive-xetex
// texlive-lang-cjk texlive-lang-chinese texlive-lang-japanese
// texlive-lang-arabic texlive-lang-other lmodern fonts-noto-core
// fonts-noto-cjk); Typst when node and the npm package
// @myriaddreamin/typst-ts-node-compiler@0.7.0 are installed in -typst-dir
// (cd ~/.cache/quire-typst && npm install @myriaddreamin/typst-ts-node-compiler@0.7.0).
// An engine that is missing, or fails on a book, gets an empty panel.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"

	"github.com/quire-books/quire/internal/scripts"
	"github.com/quire-books/quire/internal/typst"
)

// fontDirs are where Debian's Noto fonts are (for Typst).
var fontDirs = []string{"/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto"}

// style is how the other engines set a language: the main font, the CJK
// font, the OpenType script for fontspec, right to left.
type style struct {
	lang       string // the two-letter code XeLaTeX (polyglossia) and Typst know
	main, cjk  string
	script     string
	rtl        bool
	typstFonts []string
}

func styleFor(tag string) style {
	base := strings.ToLower(tag)
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	s := style{lang: base, main: "Noto Serif"}
	switch base {
	case "zh":
		s.cjk = "Noto Serif CJK SC"
	case "ja":
		s.cjk = "Noto Serif CJK JP"
	case "ar":
		s.main, s.script, s.rtl = "Noto Naskh Arabic", "Arabic", true
	case "he":
		// Noto Serif Hebrew has no digits and no Latin letters: XeLaTeX,
		// which has no font fallback, would draw the page numbers and
		// "United Nations" as .notdef. Linux Libertine O has all three
		// (Typst still gets Noto Serif Hebrew, with fallback).
		s.main, s.script, s.rtl = "Linux Libertine O", "Hebrew", true
	case "hi":
		s.main, s.script = "Noto Serif Devanagari", "Devanagari"
	}
	// Typst falls back along this list, so the mixed book finds every script.
	seen := map[string]bool{}
	main := s.main
	if base == "he" {
		main = "Noto Serif Hebrew"
	}
	for _, f := range []string{s.cjk, main, "Noto Serif", "Noto Serif CJK SC", "Noto Naskh Arabic",
		"Noto Serif Hebrew", "Noto Serif Devanagari", "Noto Sans Math", "Noto Color Emoji"} {
		if f != "" && !seen[f] {
			seen[f] = true
			s.typstFonts = append(s.typstFonts, f)
		}
	}
	return s
}

// ---- XeLaTeX

func xelatexAvailable() error {
	for _, t := range []string{"pandoc", "xelatex"} {
		if _, err := exec.LookPath(t); err != nil {
			return fmt.Errorf("%s not installed", t)
		}
	}
	return nil
}

// buildXeLaTeX converts the book's chapters, concatenated, with pandoc and
// XeLaTeX on a 6×9in page, 0.75in margins, 10.5pt, like Quire's default.
func buildXeLaTeX(src *scripts.Source, out string) error {
	st := styleFor(src.Language)
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	args := []string{"--pdf-engine=xelatex", "-f", "commonmark_x", "--toc", "--top-level-division=chapter",
		"-V", "documentclass=scrbook", "-V", "classoption=openany", "-V", "fontsize=10.5pt",
		"-V", "geometry:paperwidth=6in", "-V", "geometry:paperheight=9in", "-V", "geometry:margin=0.75in",
		"-V", "mainfont=" + st.main, "-V", "sansfont=" + st.main,
		"-M", "title=" + src.Title, "-o", abs}
	if st.lang != "zh" { // pandoc 2.17 gives babel no name for zh
		args = append(args, "-V", "lang="+st.lang)
	}
	// The author's Latin letters in a font that has them (Noto Naskh
	// Arabic and Noto Serif Devanagari have none), through a metadata file
	// so the raw LaTeX is kept.
	meta := strings.TrimSuffix(abs, ".pdf") + ".meta.yaml"
	author := "author: \"United Nations\"\n"
	if st.script != "" {
		author = "author: \"`{\\\\fontspec{Noto Serif}United Nations}`{=latex}\"\n"
	}
	if err := os.WriteFile(meta, []byte(author), 0o644); err != nil {
		return err
	}
	args = append(args, "--metadata-file="+meta)
	if st.script != "" {
		args = append(args, "-V", "mainfontoptions=Script="+st.script, "-V", "sansfontoptions=Script="+st.script)
	}
	if st.cjk != "" {
		args = append(args, "-V", "CJKmainfont="+st.cjk)
	}
	if st.rtl {
		args = append(args, "-V", "dir=rtl")
	}
	args = append(args, src.Chapters...)
	cmd := exec.Command("pandoc", args...)
	cmd.Dir = src.Dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pandoc: %v: %s", err, lastLines(stderr.String(), 6))
	}
	return nil
}

// ---- Typst

// typstString is s as a Typst string literal.
func typstString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// typstMarkup writes the book as Typst markup: a title page, the contents,
// then the chapters (level-1 headings start a page); every text is a string
// literal, so nothing in it is read as markup.
func typstMarkup(src *scripts.Source) string {
	st := styleFor(src.Language)
	var b strings.Builder
	fonts := make([]string, len(st.typstFonts))
	for i, f := range st.typstFonts {
		fonts[i] = typstString(f)
	}
	fmt.Fprintf(&b, "#set document(title: %s, author: \"United Nations\")\n", typstString(src.Title))
	b.WriteString("#set page(width: 6in, height: 9in, margin: 0.75in, numbering: \"1\")\n")
	fmt.Fprintf(&b, "#set text(lang: %s, font: (%s,), size: 10.5pt)\n", typstString(st.lang), strings.Join(fonts, ", "))
	b.WriteString("#set par(justify: true)\n")
	b.WriteString("#show heading.where(level: 1): it => { pagebreak(weak: true); it }\n\n")
	fmt.Fprintf(&b, "#align(center)[#v(2in) #text(size: 22pt, %s) #v(1em) #text(size: 14pt, \"United Nations\")]\n", typstString(src.Title))
	b.WriteString("#pagebreak()\n#outline()\n\n")
	for _, bl := range src.Blocks {
		if bl.Level > 0 {
			fmt.Fprintf(&b, "%s #%s\n\n", strings.Repeat("=", bl.Level), typstString(bl.Text))
		} else {
			fmt.Fprintf(&b, "#%s\n\n", typstString(bl.Text))
		}
	}
	return b.String()
}

func buildTypst(dir string, src *scripts.Source, out string) error {
	typ := strings.TrimSuffix(out, ".pdf") + ".typ"
	if err := os.WriteFile(typ, []byte(typstMarkup(src)), 0o644); err != nil {
		return err
	}
	cmd, err := typst.Command(dir, typ, out, fontDirs...)
	if err != nil {
		return err
	}
	var outb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &outb, &outb
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("typst: %v: %s", err, lastLines(outb.String(), 6))
	}
	return nil
}

// ---- Pictures

// pickPages returns the two pages to show: with "auto", the first page
// whose glyph count is at least 60% of the fullest page's (a page of body
// text, not the title page or the contents) and the next; else the page
// number given and the next.
func pickPages(pdf, mode string) (int, int, error) {
	pages, err := scripts.XMLText(pdf)
	if err != nil {
		return 0, 0, err
	}
	n := len(pages)
	first := 1
	if mode == "auto" {
		counts := scripts.PageGlyphs(pages)
		max := 0
		for _, c := range counts {
			if c > max {
				max = c
			}
		}
		for i, c := range counts {
			if float64(c) >= 0.6*float64(max) {
				first = i + 1
				break
			}
		}
	} else if v, err := strconv.Atoi(mode); err == nil && v >= 1 {
		first = v
	}
	if first > n {
		first = n
	}
	second := first + 1
	if second > n {
		second = 0
	}
	return first, second, nil
}

func renderPage(pdf string, page int, dpi int, prefix string) (image.Image, error) {
	cmd := exec.Command("pdftoppm", "-r", strconv.Itoa(dpi), "-png", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), "-singlefile", pdf, prefix)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pdftoppm: %v: %s", err, bytes.TrimSpace(out))
	}
	f, err := os.Open(prefix + ".png")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

type panel struct {
	label  string
	images []image.Image
}

const labelHeight = 20

// join lays the panels out left to right, each with its label above, a
// grey gap between panels.
func join(panels []panel, pageW, pageH int) image.Image {
	const gap = 12
	w := 0
	for i, p := range panels {
		if i > 0 {
			w += gap
		}
		pw := 0
		for _, im := range p.images {
			pw += im.Bounds().Dx()
		}
		if pw == 0 {
			pw = 2 * pageW
		}
		w += pw
	}
	h := pageH + labelHeight
	for _, p := range panels {
		for _, im := range p.images {
			if im.Bounds().Dy()+labelHeight > h {
				h = im.Bounds().Dy() + labelHeight
			}
		}
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(dst, dst.Bounds(), &image.Uniform{color.RGBA{200, 200, 200, 255}}, image.Point{}, draw.Src)
	x := 0
	for i, p := range panels {
		if i > 0 {
			x += gap
		}
		start := x
		for _, im := range p.images {
			r := image.Rect(x, labelHeight, x+im.Bounds().Dx(), labelHeight+im.Bounds().Dy())
			draw.Draw(dst, r, im, im.Bounds().Min, draw.Src)
			x += im.Bounds().Dx()
		}
		if len(p.images) == 0 {
			x += 2 * pageW
		}
		d := &font.Drawer{Dst: dst, Src: image.Black, Face: basicfont.Face7x13,
			Dot: fixed.P(start+4, 14)}
		d.DrawString(p.label)
	}
	return dst
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// ---- Main

type engine struct {
	name  string
	avail error
	build func(name string, src *scripts.Source, out string) (string, error)
}

func main() {
	out := flag.String("o", filepath.Join("build", "compare-scripts"), "output folder")
	books := flag.String("books", strings.Join(scripts.CorpusBooks, ","), "corpus books to compare, comma-separated")
	typstDir := flag.String("typst-dir", typst.DefaultDir(), "folder whose node_modules has "+typst.Package)
	pages := flag.String("pages", "auto", `the first page to show: "auto" (the first page of body text) or a number; the next page is shown too`)
	dpi := flag.Int("r", 60, "resolution of the pictures")
	flag.Parse()

	if err := scripts.Tools(); err != nil {
		fail(err)
	}
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		fail(errors.New("pdftoppm not installed (apt-get install -y poppler-utils)"))
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	absOut, err := filepath.Abs(*out)
	if err != nil {
		fail(err)
	}
	if err := os.MkdirAll(filepath.Join(absOut, "bin"), 0o755); err != nil {
		fail(err)
	}
	bin, err := scripts.BuildQuireBinary(filepath.Join(absOut, "bin"))
	if err != nil {
		fail(err)
	}
	engines := []engine{
		{name: "quire", build: func(name string, src *scripts.Source, dir string) (string, error) {
			return scripts.BuildWithQuire(bin, src.Dir, dir, src)
		}},
		{name: "xelatex", avail: xelatexAvailable(), build: func(name string, src *scripts.Source, dir string) (string, error) {
			pdf := filepath.Join(dir, src.Slug+".pdf")
			return pdf, buildXeLaTeX(src, pdf)
		}},
		{name: "typst", avail: typst.Available(*typstDir), build: func(name string, src *scripts.Source, dir string) (string, error) {
			pdf := filepath.Join(dir, src.Slug+".pdf")
			return pdf, buildTypst(*typstDir, src, pdf)
		}},
	}
	for _, e := range engines {
		if e.avail != nil {
			fmt.Fprintf(os.Stderr, "comparescripts: no %s: %v\n", e.name, e.avail)
		}
	}

	results := map[string][]scripts.Result{}
	for _, name := range strings.Split(*books, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		bookDir := filepath.Join(scripts.CorpusDir(), name)
		src, err := scripts.LoadSource(bookDir)
		if err != nil {
			fail(err)
		}
		var panels []panel
		pageW, pageH := 6**dpi, 9**dpi
		for _, e := range engines {
			p := panel{label: e.name}
			if e.avail != nil {
				p.label += ": not installed"
				panels = append(panels, p)
				continue
			}
			dir := filepath.Join(absOut, e.name, name)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				fail(err)
			}
			fmt.Fprintf(os.Stderr, "comparescripts: %s with %s\n", name, e.name)
			pdf, err := e.build(name, src, dir)
			if err != nil {
				fmt.Fprintf(os.Stderr, "comparescripts: %s with %s: %v\n", name, e.name, err)
				results[e.name] = append(results[e.name], scripts.Result{Book: name, Engine: e.name, Language: src.Language, Err: err})
				p.label += ": failed"
				panels = append(panels, p)
				continue
			}
			r := scripts.Measure(pdf, src)
			r.Book, r.Engine = name, e.name
			results[e.name] = append(results[e.name], r)
			first, second, err := pickPages(pdf, *pages)
			if err != nil {
				fmt.Fprintf(os.Stderr, "comparescripts: %s with %s: %v\n", name, e.name, err)
				panels = append(panels, p)
				continue
			}
			shown := strconv.Itoa(first)
			if second > 0 {
				shown += "-" + strconv.Itoa(second)
			}
			p.label = fmt.Sprintf("%s  (pages %s)  notdef %d  %s recall %.3f", e.name, shown, r.Notdef, r.Recall.Unit, r.Recall.Value())
			for _, pg := range []int{first, second} {
				if pg == 0 {
					continue
				}
				im, err := renderPage(pdf, pg, *dpi, filepath.Join(dir, fmt.Sprintf("page-%d", pg)))
				if err != nil {
					fmt.Fprintf(os.Stderr, "comparescripts: %s with %s: %v\n", name, e.name, err)
					continue
				}
				p.images = append(p.images, im)
				pageW, pageH = im.Bounds().Dx(), im.Bounds().Dy()
			}
			panels = append(panels, p)
		}
		pic := filepath.Join(absOut, name+".png")
		f, err := os.Create(pic)
		if err != nil {
			fail(err)
		}
		if err := png.Encode(f, join(panels, pageW, pageH)); err != nil {
			fail(err)
		}
		if err := f.Close(); err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "comparescripts: wrote %s\n", pic)
	}

	var report strings.Builder
	for _, e := range engines {
		if len(results[e.name]) == 0 {
			continue
		}
		fmt.Fprintf(&report, "## %s\n\n%s\n", e.name, scripts.Table(results[e.name]))
	}
	fmt.Print(report.String())
	if err := os.WriteFile(filepath.Join(absOut, "report.md"), []byte(report.String()), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "comparescripts:", err)
	os.Exit(1)
}
