package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/quire-books/quire/internal/units"
	"github.com/quire-books/quire/internal/validate"
)

// What a build says besides its diagnostics: stage lines on stderr when
// it is not a terminal (tests run with buffers), more with --verbose,
// nothing with --quiet; stdout keeps its "wrote FILE (SIZE)" lines.

var (
	timing = regexp.MustCompile(`\(\d+\.\d s\)`)
	size   = regexp.MustCompile(`\d+(\.\d)? (KB|MB|bytes)`)
	pages  = regexp.MustCompile(`laid out (\d+) pages`)
)

// normalize replaces what varies from run to run (times) and with the
// renderers (sizes, the page count) by placeholders.
func normalize(s string) string {
	s = timing.ReplaceAllString(s, "(T)")
	s = size.ReplaceAllString(s, "SIZE")
	return pages.ReplaceAllString(s, "laid out N pages")
}

// progressBook is a two-chapter book with one warning.
func progressBook(t *testing.T) string {
	return writeBook(t, map[string]string{
		"book.yaml": "title: Progress\nauthors: [Ada]\nlanguage: en\nchapters: [a.md, b.md]\n",
		"a.md":      "# A\n\nText, and a [link](nowhere.md).\n",
		"b.md":      "# B\n\nMore text.\n",
	})
}

func TestBuildReport(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dir := progressBook(t)
	warning := dir + "/a.md:3:13: warning: "
	tests := []struct {
		name   string
		flags  []string
		stdout string // normalized, exact
		stderr string // normalized, exact after the warning line is cut to its start
	}{
		{"normal: a line per stage", nil,
			"wrote OUT/progress.epub (SIZE)\nwrote OUT/progress.pdf (SIZE)\n",
			"quire build: read 2 chapters (T)\n" + warning + "\n" +
				"quire build: laid out N pages (T)\n" +
				"quire build: wrote SIZE in 2 files (T)\n"},
		{"EPUB alone: no layout", []string{"--format", "epub"},
			"wrote OUT/progress.epub (SIZE)\n",
			"quire build: read 2 chapters (T)\n" + warning + "\n" +
				"quire build: wrote SIZE in 1 file (T)\n"},
		{"verbose: every stage, each file, the total", []string{"--verbose"},
			"wrote OUT/progress.epub (SIZE)\nwrote OUT/progress.pdf (SIZE)\n",
			"quire build: read 2 chapters, no parts and no images from " + dir + " (T)\n" + warning + "\n" +
				"quire build: laid out N pages (T)\n" +
				"quire build: font: Charis-Bold (bundled)\n" +
				"quire build: font: Charis-Regular (bundled)\n" +
				"quire build: wrote OUT/progress.epub: SIZE (T)\n" +
				"quire build: wrote OUT/progress.pdf: SIZE (T)\n" +
				"quire build: done (T)\n"},
		{"verbose EPUB alone says why there is no page list", []string{"--verbose", "--format", "epub"},
			"wrote OUT/progress.epub (SIZE)\n",
			"quire build: read 2 chapters, no parts and no images from " + dir + " (T)\n" + warning + "\n" +
				"quire build: EPUB only: the PDF is not laid out, so the EPUB has no print page list\n" +
				"quire build: wrote OUT/progress.epub: SIZE (T)\n" +
				"quire build: done (T)\n"},
		{"quiet: nothing, not even the warning", []string{"--quiet"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			code, stdout, stderr := quire(t, append([]string{"build", dir, "-o", out}, tt.flags...)...)
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if got := normalize(strings.ReplaceAll(stdout, out, "OUT")); got != tt.stdout {
				t.Errorf("stdout:\n%s\nwant:\n%s", got, tt.stdout)
			}
			var lines []string
			for _, l := range strings.SplitAfter(normalize(strings.ReplaceAll(stderr, out, "OUT")), "\n") {
				if strings.HasPrefix(l, warning) {
					l = warning + "\n"
				}
				lines = append(lines, l)
			}
			if got := strings.Join(lines, ""); got != tt.stderr {
				t.Errorf("stderr:\n%s\nwant:\n%s", got, tt.stderr)
			}
		})
	}
}

// TestBuildReportPages: the page count of the layout line is the PDF's.
func TestBuildReportPages(t *testing.T) {
	validate.Require(t, "pdfinfo")
	out := t.TempDir()
	code, _, stderr := quire(t, "build", pageRefBook(t), "-o", out, "--format", "pdf")
	m := pages.FindStringSubmatch(stderr)
	if code != exitOK || m == nil {
		t.Fatalf("exit %d, no layout line:\n%s", code, stderr)
	}
	pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
	info, err := validate.PDFInfo(pdfs[0])
	if err != nil {
		t.Fatal(err)
	}
	if m[1] != info["Pages"] {
		t.Errorf("the layout line says %s pages, pdfinfo %s", m[1], info["Pages"])
	}
}

// TestQuietErrors: --quiet still prints the errors (and only them) and
// the failure line.
func TestQuietErrors(t *testing.T) {
	dir := writeBook(t, map[string]string{
		"book.yaml": "title: Q\nauthors: [Ada]\nlanguage: en\ntoc-depth: 9\n",
		"a.md":      "# A\n\nA [link](nowhere.md).\n",
	})
	code, stdout, stderr := quire(t, "build", dir, "-o", t.TempDir(), "--quiet")
	want := dir + "/book.yaml:4:12: error: toc-depth must be a whole number from 1 to 6, not \"9\"\nquire build: 1 error; nothing written\n"
	if code != exitBook || stdout != "" || stderr != want {
		t.Errorf("exit %d\nstdout %q\nstderr %q\nwant   %q", code, stdout, stderr, want)
	}
}

func TestVerbosityUsage(t *testing.T) {
	for _, cmd := range []string{"build", "check"} {
		code, _, stderr := quire(t, cmd, "--quiet", "--verbose")
		if code != exitUsage || !strings.Contains(stderr, "--quiet and --verbose cannot go together") {
			t.Errorf("%s: exit %d, stderr %q", cmd, code, stderr)
		}
	}
}

func TestCheckReport(t *testing.T) {
	dir := writeBook(t, map[string]string{
		"book.yaml": "title: C\nauthors: [Ada]\nlanguage: en\nslug: a/b\n",
		"a.md":      "# A\n\nA [link](nowhere.md).\n",
	})
	tests := []struct {
		name           string
		flags          []string
		stdout, stderr string
	}{
		{"normal", nil, "ERR\nWARN\n", "quire check: 1 error, 1 warning\n"},
		{"quiet: the errors only", []string{"--quiet"}, "ERR\n", ""},
		{"verbose: the reading stage", []string{"--verbose"}, "ERR\nWARN\n",
			"quire check: read 1 chapter, no parts and no images from " + dir + " (T)\nquire check: 1 error, 1 warning\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := quire(t, append([]string{"check", dir}, tt.flags...)...)
			var lines []string
			for _, l := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
				switch {
				case strings.Contains(l, ": error: "):
					lines = append(lines, "ERR")
				case strings.Contains(l, ": warning: "):
					lines = append(lines, "WARN")
				default:
					lines = append(lines, l)
				}
			}
			got := strings.Join(lines, "\n") + "\n"
			if code != exitBook || got != tt.stdout || normalize(stderr) != tt.stderr {
				t.Errorf("exit %d\nstdout %q, want %q\nstderr %q, want %q", code, got, tt.stdout, normalize(stderr), tt.stderr)
			}
		})
	}
}

// TestBatchReport: a batch keeps its one result line per book; --quiet
// leaves only the failures, --verbose adds each book's stages after it.
func TestBatchReport(t *testing.T) {
	root := t.TempDir()
	a := writeBatchBook(t, filepath.Join(root, "a"), "title: Alpha\nauthors: [A]\nlanguage: en\n", "# Alpha\n\nText.\n")
	bad := writeBatchBook(t, filepath.Join(root, "bad"), "title: Broken\nauthors: [B]\nlanguage: en\ntoc-depth: 9\n", "# Broken\n")
	t.Run("quiet", func(t *testing.T) {
		code, stdout, stderr := quire(t, "build", a, bad, "-o", t.TempDir(), "--format", "epub", "--quiet")
		want := "FAIL " + bad + ": 1 error\n" + bad + "/book.yaml:4:12: error: toc-depth must be a whole number from 1 to 6, not \"9\"\n" +
			"quire build: 1 of 2 books failed\n"
		if code != exitBook || stdout != "" || stderr != want {
			t.Errorf("exit %d\nstdout %q\nstderr %q\nwant   %q", code, stdout, stderr, want)
		}
	})
	t.Run("verbose", func(t *testing.T) {
		c := writeBatchBook(t, filepath.Join(root, "c"), "title: Gamma\nauthors: [C]\nlanguage: en\n", "# Gamma\n\nText.\n")
		out := t.TempDir()
		code, stdout, stderr := quire(t, "build", a, c, "-o", out, "--format", "epub", "--verbose")
		stdout, stderr = normalize(strings.ReplaceAll(stdout, out, "OUT")), normalize(strings.ReplaceAll(stderr, out, "OUT"))
		wantOut := "ok   " + a + " -> OUT/alpha.epub (T)\nok   " + c + " -> OUT/gamma.epub (T)\n"
		var wantErr string
		for _, b := range []struct{ src, slug string }{{a, "alpha"}, {c, "gamma"}} {
			wantErr += "quire build: " + b.src + ": read 1 chapter, no parts and no images from " + b.src + " (T)\n" +
				"quire build: " + b.src + ": EPUB only: the PDF is not laid out, so the EPUB has no print page list\n" +
				"quire build: " + b.src + ": wrote OUT/" + b.slug + ".epub: SIZE (T)\n"
		}
		if code != exitOK || stdout != wantOut || stderr != wantErr {
			t.Errorf("exit %d\nstdout %q\nwant   %q\nstderr %q\nwant   %q", code, stdout, wantOut, stderr, wantErr)
		}
	})
	t.Run("normal", func(t *testing.T) {
		code, stdout, stderr := quire(t, "build", a, bad, "-o", t.TempDir(), "--format", "epub")
		if code != exitBook || strings.Count(stdout, "\n") != 1 || !strings.HasPrefix(stdout, "ok   "+a+" -> ") ||
			strings.Contains(stderr, "quire build: read") {
			t.Errorf("exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
		}
	})
}

// TestReporterCounts: a stage's line has its last count and its time;
// byte counts add up.
func TestReporterCounts(t *testing.T) {
	var buf bytes.Buffer
	r := newReporter(&buf, "quire build", normalOutput, false)
	clock := time.Unix(0, 0)
	r.now = func() time.Time { clock = clock.Add(1500 * time.Millisecond); return clock }
	r.begin("setting pages", "pages", 0)
	for n := 1; n <= 4; n++ {
		r.count(n, 0)
	}
	r.done("laid out %s", counted(r.last(), "page"))
	r.begin("writing", "bytes", 0)
	r.add(1000)
	r.add(24)
	if r.last() != 1024 {
		t.Errorf("bytes %d", r.last())
	}
	r.done("wrote %s", units.Size(int64(r.last())))
	if got, want := buf.String(), "quire build: laid out 4 pages (1.5 s)\nquire build: wrote 1 KB (1.5 s)\n"; got != want {
		t.Errorf("lines %q, want %q", got, want)
	}
}

// TestReporterLive: with a live display (forced here on a buffer, which
// mpb does not draw on), a stage prints no line, and ends without waiting.
func TestReporterLive(t *testing.T) {
	var buf bytes.Buffer
	r := newReporter(&buf, "quire build", normalOutput, true)
	start := time.Now()
	r.begin("reading", "chapters", 0)
	for i := 1; i <= 40; i++ {
		r.count(i, 40)
	}
	r.done("read %d chapters", 40)
	r.finished()
	if buf.Len() != 0 {
		t.Errorf("live mode printed %q", buf.String())
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("the stage took %v to end", d)
	}
}
