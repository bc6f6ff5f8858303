package epub

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/validate"
)

// rtlBooks are the Universal Declaration of Human Rights in Arabic and in
// Hebrew (internal/scripts/testdata): books written right to left by
// their language alone, no direction set.
func rtlBooks(t *testing.T) []namedBook {
	var out []namedBook
	for _, lang := range []string{"ar", "he"} {
		out = append(out, namedBook{"udhr-" + lang, load(t, os.DirFS(filepath.Join("..", "internal", "scripts", "testdata", lang))), nil})
	}
	return out
}

var htmlTagRE = regexp.MustCompile(`<html [^>]*>`)

// TestRTLDocuments: every content document of an Arabic or Hebrew book
// (cover, title page, nav, chapters) is dir="rtl", the spine progresses
// right to left, the package document and the NCX are right to left.
func TestRTLDocuments(t *testing.T) {
	for _, nb := range rtlBooks(t) {
		t.Run(nb.name, func(t *testing.T) {
			es := entries(t, nb.b)
			docs := 0
			for name, data := range es {
				if !strings.HasSuffix(name, ".xhtml") {
					continue
				}
				docs++
				if tag := htmlTagRE.Find(data); !strings.Contains(string(tag), ` dir="rtl"`) {
					t.Errorf("%s: %s has no dir=\"rtl\"", name, tag)
				}
			}
			if docs < 5 { // cover, title page, nav, two chapters
				t.Errorf("only %d content documents", docs)
			}
			opf := string(es[opfPath])
			for _, want := range []string{`<spine toc="ncx" page-progression-direction="rtl">`, `xml:lang="` + nb.b.Meta.Language + `" dir="rtl">`} {
				if !strings.Contains(opf, want) {
					t.Errorf("package.opf lacks %s:\n%s", want, opf)
				}
			}
			if ncx := string(es[root+ncxFile]); !strings.Contains(ncx, ` dir="rtl">`) {
				t.Errorf("toc.ncx is not dir=\"rtl\":\n%.300s", ncx)
			}
		})
	}
}

// TestDirectionAttributes: which dir each kind of book gets. A book
// written left to right in a language written left to right gets none at
// all (its EPUB is as it always was).
func TestDirectionAttributes(t *testing.T) {
	tests := []struct {
		name, meta string
		html, ppd  string // the dir of <html>, the spine's page-progression-direction ("" for none)
	}{
		{"English", "language: en\n", "", ""},
		{"English, direction ltr", "language: en\ndirection: ltr\n", "", ""},
		{"English, direction rtl", "language: en\ndirection: rtl\n", "rtl", "rtl"},
		{"Arabic", "language: ar\n", "rtl", "rtl"},
		{"Arabic, direction ltr", "language: ar\ndirection: ltr\n", "ltr", "ltr"},
		{"Persian, direction auto", "language: fa\ndirection: auto\n", "rtl", "rtl"},
		{"Kurdish in Arabic script", "language: ku-Arab\n", "rtl", "rtl"},
		{"Hebrew, Pandoc's dir", "language: he\ndir: rtl\n", "rtl", "rtl"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := load(t, fstest.MapFS{
				"book.yaml": {Data: []byte("title: T\nauthors: [A]\nchapters: [ch.md]\n" + tc.meta)},
				"ch.md":     {Data: []byte("# One\n\nText.\n")},
			})
			es := entries(t, b)
			for _, name := range []string{"ch.xhtml", "nav.xhtml", "titlepage.xhtml", "cover.xhtml"} {
				tag := string(htmlTagRE.Find(es[root+name]))
				if got := attr(tag, "dir"); got != tc.html {
					t.Errorf("%s: <html dir=%q>, want %q", name, got, tc.html)
				}
			}
			spine := regexp.MustCompile(`<spine [^>]*>`).FindString(string(es[opfPath]))
			if got := attr(spine, "page-progression-direction"); got != tc.ppd {
				t.Errorf("%s: page-progression-direction %q, want %q", spine, got, tc.ppd)
			}
		})
	}
}

// attr returns the value of the attribute name in a start tag, or "".
func attr(tag, name string) string {
	m := regexp.MustCompile(` ` + regexp.QuoteMeta(name) + `="([^"]*)"`).FindStringSubmatch(tag)
	if m == nil {
		return ""
	}
	return m[1]
}

// TestImpliedDirection: a span or div in a language written the other way
// from the book gets that direction; an explicit dir is kept.
func TestImpliedDirection(t *testing.T) {
	tests := []struct {
		name string
		attr book.Attrs
		rtl  bool // the book's direction
		want string
	}{
		{"Arabic in an English book", book.Attrs{Lang: "ar"}, false, ` lang="ar" xml:lang="ar" dir="rtl"`},
		{"English in a Hebrew book", book.Attrs{Lang: "en"}, true, ` lang="en" xml:lang="en" dir="ltr"`},
		{"same direction", book.Attrs{Lang: "fa"}, true, ` lang="fa" xml:lang="fa"`},
		{"French in an English book", book.Attrs{Lang: "fr"}, false, ` lang="fr" xml:lang="fr"`},
		{"explicit dir kept", book.Attrs{Lang: "ar", Dir: "ltr"}, false, ` lang="ar" xml:lang="ar" dir="ltr"`},
		{"dir alone", book.Attrs{Dir: "rtl"}, false, ` dir="rtl"`},
	}
	for _, tc := range tests {
		var w xw
		w.attrs(attrsOf(&tc.attr, tc.rtl))
		if got := w.String(); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}
	// End to end: a span and raw HTML in an English book.
	es := entries(t, oneChapter(t, "# One\n\n[مرحبا]{lang=ar} and <bdi dir=\"rtl\">שלום</bdi> and <span dir=\"rtl\">x</span>.\n"))
	ch := string(es[root+"ch.xhtml"])
	for _, want := range []string{`<span lang="ar" xml:lang="ar" dir="rtl">مرحبا</span>`, `<span dir="rtl">x</span>`} {
		if !strings.Contains(ch, want) {
			t.Errorf("ch.xhtml lacks %s:\n%s", want, ch)
		}
	}
}

func TestEPUBCheckRTL(t *testing.T) {
	validate.Require(t, "epubcheck")
	for _, nb := range rtlBooks(t) {
		t.Run(nb.name, func(t *testing.T) {
			t.Parallel()
			r, err := validate.EPUBCheck(writeTemp(t, nb))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("EPUBCheck: %d fatal, %d errors, %d warnings", r.Fatal, r.Errors, r.Warnings)
			if r.Fatal+r.Errors+r.Warnings > 0 {
				t.Errorf("EPUBCheck:\n%s", strings.Join(r.Messages, "\n"))
			}
		})
	}
}

func TestAceRTL(t *testing.T) {
	if testing.Short() {
		t.Skip("Ace is slow; skipped with -short")
	}
	validate.Require(t, "ace")
	for _, nb := range rtlBooks(t) {
		t.Run(nb.name, func(t *testing.T) {
			fails, err := validate.Ace(writeTemp(t, nb))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("Ace: %d violations", len(fails))
			if len(fails) > 0 {
				t.Errorf("Ace:\n%s", strings.Join(fails, "\n"))
			}
		})
	}
}

// TestRTLInChromium opens the first chapter of the Arabic and the Hebrew
// book, with the book's stylesheet, in headless Chromium and measures the
// first paragraph: its text must start at the right edge (its first
// letter and its last line end there) and its closing full stop must
// stand to the left of the last word, where a reader of Arabic or Hebrew
// looks for it. Without dir="rtl" the paragraph is laid out left to right
// and both fail.
func TestRTLInChromium(t *testing.T) {
	validate.Require(t, "chromium")
	path, _ := exec.LookPath("chromium")
	ctx := chromiumContext(t, path)
	for _, nb := range rtlBooks(t) {
		t.Run(nb.name, func(t *testing.T) {
			dir := t.TempDir()
			es := entries(t, nb.b)
			first := chapterFile(nb.b.Chapters[0])
			for _, name := range []string{first, stylesheetName} {
				p := filepath.Join(dir, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, es[root+name], 0o644); err != nil {
					t.Fatal(err)
				}
			}
			checkRTLLayout(t, ctx, filepath.Join(dir, first))
		})
	}
}

// chromiumContext starts headless Chromium for the test (800 px wide).
func chromiumContext(t *testing.T, path string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(800, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatal(err)
	}
	return ctx
}

// paragraphLayout measures the first <p> of the page: its content box,
// its first letter, its last line (all the line boxes at the lowest top)
// and its last two characters (the full stop and the letter before it).
const paragraphLayout = `(() => {
  const p = document.querySelector("p");
  const cs = getComputedStyle(p), box = p.getBoundingClientRect();
  const left = box.left + parseFloat(cs.paddingLeft), right = box.right - parseFloat(cs.paddingRight);
  const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n; (n = w.nextNode()); ) if (n.data.trim() !== "") texts.push(n);
  const r = document.createRange();
  const at = (node, i) => { r.setStart(node, i); r.setEnd(node, i + 1); const b = r.getBoundingClientRect(); return {left: b.left, right: b.right}; };
  const first = texts[0], last = texts[texts.length - 1];
  const end = last.data.trimEnd().length;
  r.selectNodeContents(p);
  const rects = Array.from(r.getClientRects());
  const top = Math.max(...rects.map(x => x.top));
  const line = rects.filter(x => top - x.top < 2);
  return JSON.stringify({
    direction: cs.direction, left: left, right: right,
    first: at(first, first.data.search(/\S/)),
    lastLine: {left: Math.min(...line.map(x => x.left)), right: Math.max(...line.map(x => x.right))},
    lines: new Set(rects.map(x => Math.round(x.top))).size,
    stop: at(last, end - 1), before: at(last, end - 2),
    stopText: last.data.slice(end - 1, end)
  });
})()`

type box struct{ Left, Right float64 }

// checkRTLLayout opens an XHTML file in Chromium and checks that its first
// paragraph is laid out right to left.
func checkRTLLayout(t *testing.T, ctx context.Context, file string) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.Navigate("file://"+file)); err != nil {
		t.Fatal(err)
	}
	out, err := chromedp.Run(c, chromedp.Evaluate[string](paragraphLayout))
	if err != nil {
		t.Fatal(err)
	}
	var l struct {
		Direction       string
		Left, Right     float64
		First, LastLine box
		Stop, Before    box
		StopText        string
		Lines           int
	}
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	t.Logf("%s: %s", filepath.Base(file), out)
	const tol = 1.5
	if l.Direction != "rtl" {
		t.Errorf("the paragraph's direction is %q", l.Direction)
	}
	if d := l.Right - l.First.Right; d > tol || d < -tol {
		t.Errorf("the first letter ends %.1f px from the right edge (%.1f, letter at %.1f–%.1f): the text does not start at the right", d, l.Right, l.First.Left, l.First.Right)
	}
	if d := l.Right - l.LastLine.Right; d > tol || d < -tol {
		t.Errorf("the last line ends %.1f px from the right edge (line at %.1f–%.1f, box %.1f–%.1f): it is not set from the right", d, l.LastLine.Left, l.LastLine.Right, l.Left, l.Right)
	}
	if l.LastLine.Left-l.Left < 10 {
		t.Errorf("the last line (%.1f–%.1f) starts at the left edge %.1f: it is set from the left, or full", l.LastLine.Left, l.LastLine.Right, l.Left)
	}
	if l.StopText == "." && l.Stop.Right > l.Before.Left+tol {
		t.Errorf("the full stop (%.1f–%.1f) is right of the last letter (%.1f–%.1f): it lands at the wrong end", l.Stop.Left, l.Stop.Right, l.Before.Left, l.Before.Right)
	}
	if l.StopText != "." {
		t.Errorf("the first paragraph ends in %q, not a full stop", l.StopText)
	}
}

// TestCodeStaysLeftToRight: a code block in a right-to-left book is set
// left to right (EPUBCheck forbids the CSS direction property, so it is
// the <pre>'s dir); a left-to-right book's code has no dir.
func TestCodeStaysLeftToRight(t *testing.T) {
	for lang, want := range map[string]string{"ar": `<pre dir="ltr">`, "en": `<pre>`} {
		b := load(t, fstest.MapFS{
			"book.yaml": {Data: []byte("title: T\nauthors: [A]\nchapters: [ch.md]\nlanguage: " + lang + "\n")},
			"ch.md":     {Data: []byte("# One\n\n```go\nx := 1\n```\n")},
		})
		if got := string(entries(t, b)[root+"ch.xhtml"]); !strings.Contains(got, want) {
			t.Errorf("%s: no %s in:\n%s", lang, want, got)
		}
	}
}
