package measure

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/synth"
	"github.com/quire-books/quire/internal/validate"
	"github.com/quire-books/quire/pdf"
)

// buildQuire typesets the book folder dir with Quire's CLI code path (load
// the folder, write the PDF) into a file in out, and returns its path and
// the wall time it took.
func buildQuire(tb testing.TB, dir, out string) (string, time.Duration) {
	tb.Helper()
	start := time.Now()
	b, diags := book.Load(os.DirFS(dir))
	if diags.HasErrors() {
		tb.Fatalf("loading %s: %v", dir, diags)
	}
	var buf bytes.Buffer
	if err := pdf.Write(&buf, b, pdf.Options{}); err != nil {
		tb.Fatalf("writing the PDF of %s: %v", dir, err)
	}
	path := filepath.Join(out, "quire.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path, time.Since(start)
}

// integrationBook is small enough for the default test run and large
// enough to fill pages with justified text.
var integrationBook = synth.Options{Chapters: 3, WordsPerChapter: 1500, Seed: 1, Title: "Measure Integration"}

// TestQuireSyntheticBook builds a synthetic book with Quire and measures
// it. It checks that the measures see what a book page has (a text block
// as wide as Quire's measure, hundreds of justified lines, a natural gap
// of a few points) and logs the numbers.
func TestQuireSyntheticBook(t *testing.T) {
	validate.Require(t, "pdftotext")
	dir := t.TempDir()
	if err := synth.Write(dir, integrationBook); err != nil {
		t.Fatal(err)
	}
	path, took := buildQuire(t, dir, t.TempDir())
	r, err := Analyze(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var table bytes.Buffer
	WriteTable(&table, []Report{r}, true)
	t.Logf("built in %v\n%s", took.Round(time.Millisecond), table.String())
	if r.Pages < 10 {
		t.Errorf("%d pages, want 10 or more", r.Pages)
	}
	if r.Justified < 100 {
		t.Errorf("%d justified lines measured, want 100 or more", r.Justified)
	}
	if r.NaturalGap < 1 || r.NaturalGap > 6 {
		t.Errorf("natural gap %.2fpt, want a word space of 1–6pt", r.NaturalGap)
	}
	for _, b := range r.Block {
		if w := b.Right - b.Left; w < 200 || w > 432 {
			t.Errorf("text block %v: %.1fpt wide, want a measure of 200–432pt on a 432pt page", b, w)
		}
	}
	if r.LooseShare < 0 || r.LooseShare > 1 || r.Loose > r.Justified {
		t.Errorf("loose %d of %d (%.2f): not a share", r.Loose, r.Justified, r.LooseShare)
	}
}

// TestCompareXeLaTeX builds the Small synthetic book with Quire and with
// pandoc + XeLaTeX and prints both reports and build times side by side.
// It is slow (about half a minute), so it runs only with QUIRE_COMPARE=1;
// then a missing pandoc, xelatex or pdftotext skips it (fails under CI=true).
func TestCompareXeLaTeX(t *testing.T) {
	if os.Getenv("QUIRE_COMPARE") != "1" {
		t.Skip("set QUIRE_COMPARE=1 to compare Quire with pandoc + XeLaTeX")
	}
	for _, tool := range []string{"pdftotext", "pandoc", "xelatex"} {
		validate.Require(t, tool)
	}
	dir, out := t.TempDir(), t.TempDir()
	if err := synth.Write(dir, synth.Small); err != nil {
		t.Fatal(err)
	}
	qpath, qtime := buildQuire(t, dir, out)
	xpath := filepath.Join(out, "xelatex.pdf")
	start := time.Now()
	if err := BuildXeLaTeX(dir, xpath); err != nil {
		t.Fatal(err)
	}
	xtime := time.Since(start)
	var reports []Report
	for _, p := range []string{qpath, xpath} {
		r, err := Analyze(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, r)
	}
	var table bytes.Buffer
	WriteTable(&table, reports, true)
	t.Logf("Small synthetic book (%d chapters, ~%d words)\nbuild wall time: Quire %v, pandoc + XeLaTeX %v\n%s",
		synth.Small.Chapters, synth.Small.Chapters*synth.Small.WordsPerChapter,
		qtime.Round(time.Millisecond), xtime.Round(time.Millisecond), table.String())
}
