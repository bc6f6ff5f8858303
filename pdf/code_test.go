package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/highlight"
	"github.com/quire-books/quire/internal/validate"
)

// TestCodeShadeIsHighlightBackground keeps the PDF's code shade and the
// background the highlight palette's contrast is checked against the same.
func TestCodeShadeIsHighlightBackground(t *testing.T) {
	bg := highlight.Background()
	if want := (rgb{bg.R, bg.G, bg.B}); codeShade != want {
		t.Errorf("codeShade = %v, highlight.Background() = %v", codeShade, want)
	}
}

func TestTokenStyle(t *testing.T) {
	code := style{face: face{mono: true}, size: 9}
	tests := []struct {
		class string
		want  style
	}{
		{"", style{face: face{mono: true}, size: 9, color: black}},
		{"k", style{face: face{mono: true, bold: true}, size: 9, color: rgb{0x53, 0x17, 0xac}}},
		{"c", style{face: face{mono: true, italic: true}, size: 9, color: rgb{0x50, 0x50, 0x50}}},
		{"s", style{face: face{mono: true}, size: 9, color: rgb{0x25, 0x44, 0xbb}}},
	}
	for _, tt := range tests {
		if got := tokenStyle(code, tt.class); got != tt.want {
			t.Errorf("tokenStyle(%q) = %+v, want %+v", tt.class, got, tt.want)
		}
	}
	// The mono family has no italic: italic classes are set upright.
	if i := tokenStyle(code, "c").face.index(); i != 4 {
		t.Errorf("comment face = %d, want 4 (mono, upright)", i)
	}
}

func TestSliceTokens(t *testing.T) {
	toks := []highlight.Token{{Text: "func", Class: "k"}, {Text: " "}, {Text: "main", Class: "nf"}, {Text: "() {"}}
	tests := []struct {
		from, to int
		want     string
	}{
		{0, 13, "func{k}| |main{nf}|() {"},
		{0, 4, "func{k}"},
		{2, 7, "nc{k}| |ma{nf}"},
		{5, 9, "main{nf}"},
		{9, 13, "() {"},
		{4, 4, ""},
	}
	for _, tt := range tests {
		var parts []string
		for _, tok := range sliceTokens(toks, tt.from, tt.to) {
			if tok.Class != "" {
				parts = append(parts, tok.Text+"{"+tok.Class+"}")
			} else {
				parts = append(parts, tok.Text)
			}
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("sliceTokens(%d, %d) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestWrapCodeOffsets checks that every piece of a wrapped line is where
// its start says, so that its tokens can be cut from the line's.
func TestWrapCodeOffsets(t *testing.T) {
	for _, line := range []string{"", "short", "aaaa bbbb cccc", "abcdefghijklmnopqrstuvwxyz", "x := \"é ü ö ä\" + f(a,    b) // c", "    a b c d e f g h i j k l"} {
		for _, cl := range wrapCode(line, 10, 8, style{}, runeMeasurer{}) {
			if cl.start+len(cl.text) > len(line) || line[cl.start:cl.start+len(cl.text)] != cl.text {
				t.Errorf("%q: piece %q does not start at %d", line, cl.text, cl.start)
			}
		}
	}
}

// codeBook is a one-chapter book whose Go fence has a line long enough to
// wrap.
const codeBook = "# Code\n\nBefore.\n\n```go\n" +
	"package main\n\n" +
	"import \"fmt\"\n\n" +
	"// main prints a greeting.\n" +
	"func main() {\n" +
	"\tvar n int = 42\n" +
	"\tfmt.Println(\"héllo, wörld\", n, true) // a comment that makes this line long enough to wrap on the page\n" +
	"}\n" +
	"```\n\nAfter.\n"

// TestHighlightedCodeText checks that pdftotext gives back the text of a
// highlighted block, in order, with tokens drawn in separate colours still
// joined into their words, and that the runs are coloured.
func TestHighlightedCodeText(t *testing.T) {
	validate.Require(t, "pdftotext")
	validate.Require(t, "qpdf")
	b, ds := book.Load(fstest.MapFS{
		"book.yaml": {Data: []byte("title: Code\nauthors: [A]\nlanguage: en\n")},
		"code.md":   {Data: []byte(codeBook)},
	})
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	path := writePDF(t, b)
	text, err := validate.PDFText(path)
	if err != nil {
		t.Fatal(err)
	}
	// Lines short enough not to wrap come back whole.
	got := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		got[strings.TrimSpace(l)] = true
	}
	for _, l := range []string{"package main", `import "fmt"`, "// main prints a greeting.", "func main() {", "var n int = 42", "}"} {
		if !got[l] {
			t.Errorf("pdftotext has no line %q:\n%s", l, text)
		}
	}
	// The wrapped line's words come back in order, and within "Before."
	// and "After.".
	want := validate.Words("Before package main import fmt main prints a greeting func main var n int 42 " +
		"fmt.Println héllo wörld n true a comment that makes this line long enough to wrap on the page After")
	if i := validate.MissingInOrder(want, validate.Words(text)); i >= 0 {
		t.Errorf("pdftotext lost %q (word %d) of the code block:\n%s", want[i], i, text)
	}
	if !strings.Contains(text, "fmt.Println(") {
		t.Errorf("runs of one word came apart: no %q in\n%s", "fmt.Println(", text)
	}
	if !strings.Contains(text, contMark) {
		t.Errorf("the long line did not wrap with %s:\n%s", contMark, text)
	}

	// The content streams set the colours of the classes in the block.
	qdf := filepath.Join(t.TempDir(), "qdf.pdf")
	tool(t, "qpdf", "--qdf", "--object-streams=disable", path, qdf)
	raw, err := os.ReadFile(qdf)
	if err != nil {
		t.Fatal(err)
	}
	for _, class := range []string{"k", "s", "c", "l", "nf"} {
		c, _, _ := highlight.Style(class)
		op := fmt.Sprintf("%.3f %.3f %.3f rg", float64(c.R)/255, float64(c.G)/255, float64(c.B)/255)
		if c.R == c.G && c.G == c.B { // fpdf sets greys with the g operator
			op = fmt.Sprintf("%.3f g", float64(c.R)/255)
		}
		if !strings.Contains(string(raw), op) {
			t.Errorf("no %q (class %q) in the content streams", op, class)
		}
	}
}
