package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestReport(t *testing.T) {
	rows := []row{
		{size: "medium", edition: "epub", words: 400000,
			quire: result{true, 300 * time.Millisecond, 100 << 20}, pandoc: result{true, 9 * time.Second, 500 << 20}},
		{size: "medium", edition: "pdf", words: 400000, pages: 1000,
			quire: result{true, 2 * time.Second, 120 << 20}, pandoc: result{true, 50 * time.Second, 560 << 20},
			typst: result{true, 30 * time.Second, 1600 << 20}, typstPages: 950},
		{size: "large", edition: "epub", words: 2000000,
			quire: result{true, 1500 * time.Millisecond, 300 << 20}},
		{size: "large", edition: "pdf", words: 2000000, pages: 5000,
			quire: result{true, 11 * time.Second, 400 << 20}},
	}
	var b strings.Builder
	report(&b, config{runs: 3}, rows)
	got := b.String()
	for _, want := range []string{
		"| medium | 400000 | EPUB |  | 0.30 s | 100 MB | 9.00 s | 500 MB | 30.0× | 20 % |",
		"| medium | 400000 | PDF | 1000 | 2.00 s | 120 MB | 50.0 s | 560 MB | 25.0× | 21 % |",
		"| large | 2000000 | EPUB |  | 1.50 s | 300 MB | — | — | — | — |",
		"Scale, EPUB: large / medium = 5.00× the time (the large book has 5.0× the words).",
		"Scale, PDF: large / medium = 5.50× the time",
		"medians of 3 runs",
		"| book | words | pages | Quire PDF | Quire memory | Typst pages | Typst | Typst memory | speed-up | memory share |",
		"| medium | 400000 | 1000 | 2.00 s | 120 MB | 950 | 30.0 s | 1600 MB | 15.0× | 8 % |",
		"| large | 2000000 | 5000 | 11.0 s | 400 MB |  | — | — | — | — |",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	if strings.Count(got, "| large | 2000000 |") != 3 { // EPUB, PDF, and the PDF against Typst
		t.Errorf("rows:\n%s", got)
	}

	b.Reset()
	report(&b, config{runs: 1, typstErr: errors.New("node not installed")}, rows)
	if got := b.String(); !strings.Contains(got, "Typst: not measured: node not installed.") || strings.Contains(got, "Typst memory") {
		t.Errorf("without Typst:\n%s", got)
	}
}

func TestCountPages(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.pdf")
	os.WriteFile(p, []byte("<< /Type /Pages /Kids [3 0 R 4 0 R] >>\n<</Type /Page\n/Parent 1 0 R>>\n<</Type /Page /Parent 1 0 R>>"), 0o644)
	if n := countPages(p); n != 2 {
		t.Errorf("countPages = %d, want 2", n)
	}
}

// TestMedianChecksBytes: a "build" that writes different bytes each run is
// refused; one that writes the same bytes gives its file and figures.
func TestMedianChecksBytes(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	out := filepath.Join(t.TempDir(), "out")
	c := &config{runs: 3}
	var log strings.Builder
	same := func() *exec.Cmd { return exec.Command("sh", "-c", "mkdir -p "+out+" && echo same > "+out+"/book.epub") }
	r, file, err := c.median("same", same, out, &log)
	if err != nil || !r.ok || filepath.Base(file) != "book.epub" || r.wall <= 0 {
		t.Errorf("same bytes: %+v %q %v", r, file, err)
	}
	differ := func() *exec.Cmd {
		return exec.Command("sh", "-c", "mkdir -p "+out+" && date +%N > "+out+"/book.epub")
	}
	if _, _, err := c.median("differ", differ, out, &log); err == nil || !strings.Contains(err.Error(), "different bytes") {
		t.Errorf("different bytes: err = %v", err)
	}
	fails := func() *exec.Cmd { return exec.Command("sh", "-c", "echo broken >&2; exit 3") }
	if _, _, err := c.median("fails", fails, "", &log); err == nil || !strings.Contains(err.Error(), "broken") {
		t.Errorf("failing build: err = %v", err)
	}
}
