package book_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/epub"
	"github.com/quire-books/quire/pdf"
)

// specExample is one example of the CommonMark spec, as goldmark's
// _test/spec.json has it.
type specExample struct {
	Markdown string `json:"markdown"`
	Example  int    `json:"example"`
	Section  string `json:"section"`
}

// specExamples reads the CommonMark spec examples goldmark ships: skipped
// when the module is not in the module cache, a failure under CI.
func specExamples(t *testing.T) []specExample {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/yuin/goldmark").Output()
	dir := strings.TrimSpace(string(out))
	var data []byte
	if err == nil && dir != "" {
		data, err = os.ReadFile(filepath.Join(dir, "_test", "spec.json"))
	}
	if err != nil || dir == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("goldmark's _test/spec.json not found (%v)", err)
		}
		t.Skipf("goldmark's _test/spec.json not found (%v)", err)
	}
	var ex []specExample
	if err := json.Unmarshal(data, &ex); err != nil {
		t.Fatalf("spec.json: %v", err)
	}
	return ex
}

// tinyPNG is a 2 × 2 PNG, the file every image of the examples gets.
func tinyPNG(t *testing.T) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 2, 2))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// imagePaths lists the files an example's images name, when a destination
// is a plain relative path inside the book.
func imagePaths(md string) []string {
	src := []byte(md)
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	var out []string
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		img, ok := n.(*ast.Image)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		d := string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(img.Destination))))
		d = strings.TrimSpace(d)
		if u, err := url.PathUnescape(d); err == nil {
			d = u
		}
		d = strings.TrimPrefix(d, "/") // "/x" is x in the book folder, as GitHub reads it
		p := path.Clean(d)
		if d == "" || strings.Contains(d, ":") || strings.HasPrefix(d, "/") || strings.HasPrefix(p, "..") {
			return ast.WalkContinue, nil
		}
		out = append(out, p)
		return ast.WalkContinue, nil
	})
	for _, m := range rawImage.FindAllStringSubmatch(md, -1) {
		if d := strings.TrimPrefix(m[1], "/"); !strings.Contains(d, ":") && !strings.HasPrefix(d, "/") {
			out = append(out, path.Clean(d))
		}
	}
	return out
}

// rawImage finds the src of a raw HTML <img>, which Quire reads too.
var rawImage = regexp.MustCompile(`(?i)<img[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)`)

// specBook makes a book of the examples, one chapter each.
func specBook(t *testing.T, examples []specExample) fstest.MapFS {
	pngData := tinyPNG(t)
	fsys := fstest.MapFS{}
	var list strings.Builder
	list.WriteString("title: CommonMark examples\nauthors: [Spec]\nlanguage: en\nchapters:\n")
	for _, ex := range examples {
		name := fmt.Sprintf("ex-%03d.md", ex.Example)
		fmt.Fprintf(&list, "  - %s\n", name)
		fsys[name] = &fstest.MapFile{Data: []byte(ex.Markdown)}
		for _, p := range imagePaths(ex.Markdown) {
			if _, taken := fsys[p]; !taken {
				fsys[p] = &fstest.MapFile{Data: pngData}
			}
		}
	}
	fsys["book.yaml"] = &fstest.MapFile{Data: []byte(list.String())}
	return fsys
}

// TestCommonMarkSpecExamples makes every example of the CommonMark spec a
// chapter of one book, loads it with no error, and builds its EPUB and its
// PDF with no error and no panic. A failing build is narrowed down to the
// examples that fail on their own.
func TestCommonMarkSpecExamples(t *testing.T) {
	examples := specExamples(t)
	b, diags := book.Load(specBook(t, examples))
	errs := 0
	for _, d := range diags {
		if d.Severity == book.Error {
			errs++
			t.Errorf("%s", d)
		}
	}
	t.Logf("%d examples loaded as chapters: %d with an error, %d diagnostics in all", len(examples), errs, len(diags))
	if errs > 0 {
		return
	}
	for _, w := range writers {
		written = counter{}
		err := w.write(b)
		t.Logf("%s of the whole book: %d bytes", w.name, written.n)
		if err != nil {
			t.Errorf("%s of the whole book: %v; finding the examples that fail alone", w.name, err)
			for _, ex := range examples {
				one, _ := book.Load(specBook(t, []specExample{ex}))
				if err := w.write(one); err != nil {
					t.Errorf("example %d (%s): %s: %v", ex.Example, ex.Section, w.name, err)
				}
			}
		}
	}
}

// writers are the two editions, each writing a book to io.Discard and
// turning a panic into an error.
var writers = []struct {
	name  string
	write func(*book.Book) error
}{
	{"EPUB", func(b *book.Book) error {
		return noPanic(func() error { return epub.Write(&written, b, epub.Options{}) })
	}},
	{"PDF", func(b *book.Book) error {
		return noPanic(func() error { return pdf.Write(&written, b, pdf.Options{}) })
	}},
}

// counter counts the bytes written to it.
type counter struct{ n int64 }

func (c *counter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// written counts what the writers write (the test logs it).
var written counter

// noPanic calls f, returning a panic as an error.
func noPanic(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return f()
}
