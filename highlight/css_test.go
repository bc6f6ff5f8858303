package highlight

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/quire-books/quire/assets"
)

var update = flag.Bool("update", false, "rewrite the generated highlight rules in assets/css/book.css")

// The EPUB stylesheet holds CSS() between these two lines, so that the
// stylesheet stays one static file and highlight/style.go stays the one
// source of the palette.
const (
	cssBegin = "/* Syntax highlighting: generated from highlight.CSS() by `go test ./highlight -update`;\n   edit highlight/style.go, not these rules. */\n"
	cssEnd   = "/* End of syntax highlighting. */\n"
)

// TestBookCSS fails when the highlight rules in assets/css/book.css differ
// from CSS(); with -update it rewrites them.
func TestBookCSS(t *testing.T) {
	css := string(assets.Read("css/book.css"))
	i := strings.Index(css, cssBegin)
	j := strings.Index(css, cssEnd)
	if i < 0 || j < i {
		t.Fatalf("assets/css/book.css has no generated highlight block (the lines %q ... %q)", cssBegin, cssEnd)
	}
	want := css[:i] + cssBegin + CSS() + css[j:]
	if *update {
		if err := os.WriteFile("../assets/css/book.css", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got := css[i+len(cssBegin) : j]; got != CSS() {
		t.Errorf("assets/css/book.css highlight rules differ from highlight.CSS() (run go test ./highlight -update):\n--- book.css\n%s--- CSS()\n%s", got, CSS())
	}
}
