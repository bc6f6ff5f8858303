// Command bench builds synthetic books of each size with Quire (EPUB and
// PDF separately) and, when pandoc (and xelatex) are installed, with
// Pandoc in the same run, and prints wall time, peak memory and the ratios
// as a Markdown table (`make bench`):
//
//	go run ./internal/bench/cmd/bench [-sizes small,medium,large] [-runs 3] [-o DIR]
//
// When Typst is installed (node and the npm package
// @myriaddreamin/typst-ts-node-compiler@0.7.0, which is Typst 0.14, in
// -typst-dir), the PDF is also set with Typst, and a second table compares
// it with Quire's (issue 12: at least 5× faster, at most a quarter of the
// memory). The book is converted to Typst markup first, from the AST Quire
// typesets (typst.go; not timed), on Quire's default page and type with
// the Charis fonts of assets/fonts; the timed build is node compiling that
// file to PDF, as `typst compile` would.
//
// Every build is a separate process, timed from start to exit; peak memory
// is the process's maximum resident set size (its own and its children's,
// for pandoc's xelatex). Each figure is the median of -runs builds. Quire
// is the binary built from this checkout (go build ./cmd/quire), run with
// SOURCE_DATE_EPOCH set, so every build of a book gives the same bytes
// (the command checks it).
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/measure"
	"github.com/quire-books/quire/internal/synth"
	"github.com/quire-books/quire/internal/typst"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// config is what the command line asks for.
type config struct {
	sizes     []string
	runs      int
	pandocPDF []string // sizes Pandoc + XeLaTeX typesets (it takes minutes on large books)
	typstPDF  []string // sizes Typst typesets (gigabytes of memory on large books)
	work      string
	quire     string
	pandoc    bool
	xelatex   bool

	typstDir   string // the folder whose node_modules holds the Typst compiler
	typstFonts string // the folder of Quire's fonts (Charis), for Typst
	typstErr   error  // why Typst is not measured, or nil
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sizes := fs.String("sizes", "small,medium,large", "comma-separated book `SIZES` (small, medium, large)")
	runs := fs.Int("runs", 3, "builds per figure; the median is reported")
	pandocPDF := fs.String("pandoc-pdf", "small,medium", "the `SIZES` Pandoc + XeLaTeX typesets (\"\" for none)")
	work := fs.String("o", filepath.Join("build", "bench"), "work `DIR` for the books and editions")
	noPandoc := fs.Bool("no-pandoc", false, "measure Quire only")
	typstPDF := fs.String("typst-pdf", "small,medium", "the `SIZES` Typst typesets (\"\" for none)")
	typstDir := fs.String("typst-dir", typst.DefaultDir(), "`DIR` whose node_modules holds "+typst.Package)
	noTypst := fs.Bool("no-typst", false, "leave Typst out")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 || *runs < 1 {
		fmt.Fprintln(stderr, "usage: bench [-sizes small,medium,large] [-runs N] [-pandoc-pdf SIZES] [-typst-pdf SIZES] [-typst-dir DIR] [-o DIR] [-no-pandoc] [-no-typst]")
		return 2
	}
	c := config{sizes: split(*sizes), runs: *runs, pandocPDF: split(*pandocPDF), typstPDF: split(*typstPDF), work: *work, typstDir: *typstDir}
	for _, s := range slices.Concat(c.sizes, c.pandocPDF, c.typstPDF) {
		if _, ok := synth.Sizes[s]; !ok {
			fmt.Fprintf(stderr, "bench: no book size %q (small, medium, large)\n", s)
			return 2
		}
	}
	_, err := exec.LookPath("pandoc")
	c.pandoc = err == nil && !*noPandoc
	_, err = exec.LookPath("xelatex")
	c.xelatex = c.pandoc && err == nil
	switch {
	case *noTypst:
		c.typstErr = errors.New("left out (-no-typst)")
	default:
		c.typstErr = typst.Available(c.typstDir)
	}
	if c.typstErr == nil {
		c.typstFonts, c.typstErr = charisFolder()
	}
	if c.typstErr != nil {
		fmt.Fprintf(stderr, "bench: no Typst: %v\n", c.typstErr)
	}
	if err := c.prepare(stderr); err != nil {
		fmt.Fprintf(stderr, "bench: %v\n", err)
		return 1
	}
	var rows []row
	for _, size := range c.sizes {
		r, err := c.measureSize(size, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "bench: %s book: %v\n", size, err)
			return 1
		}
		rows = append(rows, r...)
	}
	report(stdout, c, rows)
	return 0
}

func split(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// prepare builds the quire binary into the work folder.
func (c *config) prepare(log io.Writer) error {
	if err := os.MkdirAll(c.work, 0o755); err != nil {
		return err
	}
	abs, err := filepath.Abs(c.work)
	if err != nil {
		return err
	}
	c.work = abs
	c.quire = filepath.Join(c.work, "quire")
	fmt.Fprintf(log, "bench: building %s\n", c.quire)
	cmd := exec.Command("go", "build", "-trimpath", "-o", c.quire, "./cmd/quire")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	cmd.Stderr = log
	return cmd.Run()
}

// row is one edition of one book: Quire's figures, Pandoc's and, for the
// PDF, Typst's.
type row struct {
	size, edition string
	words, pages  int
	quire, pandoc result // pandoc.ok is false when Pandoc was not run
	typst         result // typst.ok is false when Typst was not run
	typstPages    int    // the pages of Typst's PDF, when known
}

// result is the median of several builds.
type result struct {
	ok   bool
	wall time.Duration
	rss  int64 // bytes
}

// measureSize writes the book of a size and measures its builds.
func (c *config) measureSize(size string, log io.Writer) ([]row, error) {
	dir := filepath.Join(c.work, size)
	fmt.Fprintf(log, "bench: writing the %s book into %s\n", size, dir)
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	if err := synth.Write(dir, synth.Sizes[size]); err != nil {
		return nil, err
	}
	words, err := countWords(dir)
	if err != nil {
		return nil, err
	}
	out := filepath.Join(c.work, "out-"+size)
	var rows []row
	for _, ed := range []string{"epub", "pdf"} {
		r := row{size: size, edition: ed, words: words}
		quire := func() *exec.Cmd {
			cmd := exec.Command(c.quire, "build", dir, "--quiet", "--format", ed, "-o", out)
			cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1767225600")
			return cmd
		}
		var file string
		r.quire, file, err = c.median(fmt.Sprintf("Quire %s %s", size, ed), quire, out, log)
		if err != nil {
			return nil, err
		}
		if ed == "pdf" {
			r.pages = countPages(file)
		}
		if c.pandoc && (ed == "epub" || (c.xelatex && slices.Contains(c.pandocPDF, size))) {
			target := filepath.Join(c.work, "pandoc-"+size+"."+ed)
			pandoc := func() *exec.Cmd {
				cmd, err := measure.PandocCommand(dir, target)
				if err != nil {
					panic(err) // the book loaded a moment ago
				}
				return cmd
			}
			r.pandoc, _, err = c.median(fmt.Sprintf("Pandoc %s %s", size, ed), pandoc, "", log)
			if err != nil {
				return nil, err
			}
		}
		if ed == "pdf" && c.typstErr == nil && slices.Contains(c.typstPDF, size) {
			if r.typst, r.typstPages, err = c.measureTypst(size, dir, log); err != nil {
				return nil, err
			}
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// measureTypst converts the book in dir to Typst markup (untimed) and
// measures Typst compiling it to PDF.
func (c *config) measureTypst(size, dir string, log io.Writer) (result, int, error) {
	start := time.Now()
	b, diags := book.Load(book.DirFS(dir))
	if diags.HasErrors() {
		return result{}, 0, fmt.Errorf("loading %s: %v", dir, diags)
	}
	// In the book folder, the workspace Typst reads the images from.
	typ := filepath.Join(dir, "typst-book.typ")
	if err := os.WriteFile(typ, []byte(typstBook(b)), 0o644); err != nil {
		return result{}, 0, err
	}
	fmt.Fprintf(log, "bench: wrote %s in %.2f s (not timed)\n", typ, time.Since(start).Seconds())
	pdf := filepath.Join(c.work, "typst-"+size+".pdf")
	cmd := func() *exec.Cmd {
		cmd, err := typst.Command(c.typstDir, typ, pdf, c.typstFonts)
		if err != nil {
			return exec.Command("false") // cannot write the driver: the run fails and says so
		}
		return cmd
	}
	r, _, err := c.median(fmt.Sprintf("Typst %s pdf", size), cmd, "", log)
	return r, pdfPages(pdf), err
}

// median runs a build c.runs times and returns the median wall time and
// peak memory. For Quire builds (outDir set), every run must write the
// same single file, byte for byte; its path is returned.
func (c *config) median(what string, mk func() *exec.Cmd, outDir string, log io.Writer) (result, string, error) {
	var walls []time.Duration
	var rsss []int64
	var first []byte
	var file string
	for i := range c.runs {
		if outDir != "" {
			os.RemoveAll(outDir)
		}
		cmd := mk()
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = io.Discard, &stderr
		start := time.Now()
		err := cmd.Run()
		wall := time.Since(start)
		if err != nil {
			return result{}, "", fmt.Errorf("%s: %v: %s", what, err, bytes.TrimSpace(stderr.Bytes()))
		}
		ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		var rss int64
		if ru != nil {
			rss = ru.Maxrss * 1024 // kilobytes on Linux
		}
		walls, rsss = append(walls, wall), append(rsss, rss)
		fmt.Fprintf(log, "bench: %s run %d: %.2f s, %s\n", what, i+1, wall.Seconds(), mb(rss))
		if outDir == "" {
			continue
		}
		f, data, err := onlyFile(outDir)
		if err != nil {
			return result{}, "", fmt.Errorf("%s: %v", what, err)
		}
		if first == nil {
			first, file = data, f
		} else if !bytes.Equal(first, data) {
			return result{}, "", fmt.Errorf("%s: run %d wrote different bytes than run 1", what, i+1)
		}
	}
	slices.Sort(walls)
	slices.Sort(rsss)
	return result{ok: true, wall: walls[len(walls)/2], rss: rsss[len(rsss)/2]}, file, nil
}

// onlyFile returns the one file a build wrote into dir.
func onlyFile(dir string) (string, []byte, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return "", nil, err
	}
	if len(des) != 1 {
		return "", nil, fmt.Errorf("%d files in %s, want 1", len(des), dir)
	}
	p := filepath.Join(dir, des[0].Name())
	data, err := os.ReadFile(p)
	return p, data, err
}

// countWords counts the whitespace-separated words of the book's Markdown
// files, as wc -w does.
func countWords(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".md" {
			return err
		}
		data, err := os.ReadFile(p)
		n += len(bytes.Fields(data))
		return err
	})
	return n, err
}

// countPages counts the page objects of a PDF (Quire writes no object
// streams, so every /Type /Page dictionary is in the clear).
func countPages(file string) int {
	data, err := os.ReadFile(file)
	if err != nil {
		return 0
	}
	return bytes.Count(data, []byte("/Type /Page")) - bytes.Count(data, []byte("/Type /Pages"))
}

func mb(b int64) string { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }

func secs(d time.Duration) string {
	if d < 10*time.Second {
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// report prints the table and the scale of the large book against the
// medium one.
func report(w io.Writer, c config, rows []row) {
	fmt.Fprintf(w, "\nMachine: %d CPUs (GOMAXPROCS %d), %s/%s, %s; medians of %d runs.\n\n",
		runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, cpuModel(), c.runs)
	fmt.Fprintln(w, "| book | words | edition | pages | Quire | Quire memory | Pandoc | Pandoc memory | speed-up | memory share |")
	fmt.Fprintln(w, "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, r := range rows {
		pages := ""
		if r.pages > 0 {
			pages = fmt.Sprint(r.pages)
		}
		p, pm, speed, share := versus(r.quire, r.pandoc)
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n",
			r.size, r.words, strings.ToUpper(r.edition), pages, secs(r.quire.wall), mb(r.quire.rss), p, pm, speed, share)
	}
	fmt.Fprintln(w, "\nPandoc's PDF is Pandoc + XeLaTeX; speed-up = Pandoc time / Quire time; memory share = Quire's peak / Pandoc's.")
	reportTypst(w, c, rows)
	for _, ed := range []string{"epub", "pdf"} {
		med, large := find(rows, "medium", ed), find(rows, "large", ed)
		if med != nil && large != nil {
			fmt.Fprintf(w, "Scale, %s: large / medium = %.2f× the time (the large book has %.1f× the words).\n",
				strings.ToUpper(ed), large.quire.wall.Seconds()/med.quire.wall.Seconds(), float64(large.words)/float64(med.words))
		}
	}
}

// versus is another tool's time and memory beside Quire's, and the
// ratios: speed-up (its time / Quire's) and memory share (Quire's peak /
// its); dashes when it was not measured.
func versus(quire, other result) (t, m, speed, share string) {
	if !other.ok {
		return "—", "—", "—", "—"
	}
	return secs(other.wall), mb(other.rss),
		fmt.Sprintf("%.1f×", other.wall.Seconds()/quire.wall.Seconds()),
		fmt.Sprintf("%.0f %%", 100*float64(quire.rss)/float64(other.rss))
}

// reportTypst prints the PDF editions against Typst's, or why Typst was
// not run.
func reportTypst(w io.Writer, c config, rows []row) {
	if c.typstErr != nil {
		fmt.Fprintf(w, "\nTypst: not measured: %v.\n", c.typstErr)
		return
	}
	fmt.Fprintln(w, "\n| book | words | pages | Quire PDF | Quire memory | Typst pages | Typst | Typst memory | speed-up | memory share |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, r := range rows {
		if r.edition != "pdf" {
			continue
		}
		pages, tpages := "", ""
		if r.pages > 0 {
			pages = fmt.Sprint(r.pages)
		}
		if r.typstPages > 0 {
			tpages = fmt.Sprint(r.typstPages)
		}
		t, tm, speed, share := versus(r.quire, r.typst)
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n",
			r.size, r.words, pages, secs(r.quire.wall), mb(r.quire.rss), tpages, t, tm, speed, share)
	}
	fmt.Fprintf(w, "\nTypst is Typst 0.14 (%s, under node), compiling the book converted to Typst markup (not timed); "+
		"speed-up = Typst time / Quire time; memory share = Quire's peak / Typst's (the goal: at least 5×, at most 25 %%).\n", typst.Package)
}

func find(rows []row, size, ed string) *row {
	for i := range rows {
		if rows[i].size == size && rows[i].edition == ed {
			return &rows[i]
		}
	}
	return nil
}

// cpuModel names the processor, from /proc/cpuinfo where there is one.
func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
