package corpus

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/corpus/spec"
	"github.com/quire-books/quire/internal/validate"
)

func TestRewriteImages(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"inline", "![foo](/url \"title\")\n", "![foo](images/example.png \"title\")\n"},
		{"angle", "![foo](<url>)\n", "![foo](<images/example.png>)\n"},
		{"nested, no prefix match", "![foo ![bar](/url)](/url2)\n", "![foo ![bar](images/example.png)](images/example.png)\n"},
		{"reference", "![foo][bar]\n\n[BAR]: /url\n", "![foo][bar]\n\n[BAR]: images/example.png\n"},
		{"links kept", "[![moon](moon.jpg)](/uri)\n", "[![moon](images/example.png)](/uri)\n"},
		{"raw HTML", "*<img src=\"foo\" title=\"*\"/>\n", "*<img src=\"images/example.png\" title=\"*\"/>\n"},
		{"no image", "[a](/url)\n", "[a](/url)\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := rewriteImages(tc.in)
			if got != tc.want {
				t.Errorf("rewriteImages(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestCommonMark builds every CommonMark specification example as a book
// (one chapter each) and validates both editions: EPUBCheck with no fatal
// error and no error, qpdf --check clean. It needs Java + EPUBCheck and
// qpdf (skipped without them, failed under CI=true).
func TestCommonMark(t *testing.T) {
	examples, err := spec.Examples()
	if err != nil {
		t.Fatal(err)
	}
	if len(examples) < 600 {
		t.Fatalf("only %d CommonMark examples", len(examples))
	}
	src, out := t.TempDir(), t.TempDir()
	rewrites, err := WriteCommonMark(src, examples)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rewrites {
		md, err := os.ReadFile(src + "/" + ExampleFile(r.Example))
		if err != nil {
			t.Fatal(err)
		}
		if d := ImageDestinations(string(md)); len(d) > 1 || len(d) == 1 && d[0] != CommonMarkImage {
			t.Errorf("example %d: images still point at %q after the rewrite", r.Example, d)
		}
	}
	start := time.Now()
	res, err := Build(src, out)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	warnings := 0
	for _, d := range res.Diags {
		if d.Severity == book.Error {
			t.Errorf("%v", d)
		} else {
			warnings++
		}
	}
	if res.Diags.HasErrors() {
		t.FailNow()
	}
	t.Logf("%d of %d examples built in %v (%d with images rewritten), %d loader warnings", len(res.Book.Chapters), len(examples), time.Since(start).Round(time.Millisecond), len(rewrites), warnings)
	if len(res.Book.Chapters) != len(examples) {
		t.Errorf("%d chapters for %d examples", len(res.Book.Chapters), len(examples))
	}
	if err := CheckEPUB(res.EPUB); err != nil {
		t.Error(err)
	}
	if err := CheckPDF(res.PDF); err != nil {
		t.Error(err)
	}
	t.Run("epubcheck", func(t *testing.T) {
		validate.Require(t, "epubcheck")
		rep, err := validate.EPUBCheck(res.EPUB)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("EPUBCheck: %d fatal, %d errors, %d warnings", rep.Fatal, rep.Errors, rep.Warnings)
		if rep.Fatal+rep.Errors > 0 {
			t.Errorf("EPUBCheck:\n%s", strings.Join(rep.Messages, "\n"))
		} else if rep.Warnings > 0 {
			t.Logf("EPUBCheck warnings:\n%s", strings.Join(rep.Messages, "\n"))
		}
	})
	t.Run("qpdf", func(t *testing.T) {
		validate.Require(t, "qpdf")
		if _, err := validate.QPDFCheck(res.PDF); err != nil {
			t.Error(err)
		}
	})
}
