package diagdoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

const catalogue = "docs/src/diagnostics.md"

// TestCatalogueCoversDiagnostics fails when a diagnostic's format has no
// entry in the manual's catalogue: add it to docs/src/diagnostics.md, in
// its area, with what it means and what to do.
func TestCatalogueCoversDiagnostics(t *testing.T) {
	root := filepath.Join("..", "..")
	formats, err := Scan(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(formats) < 50 {
		t.Fatalf("found only %d diagnostic formats; has the scan stopped seeing the errorf/warnf calls?", len(formats))
	}
	doc, err := os.ReadFile(filepath.Join(root, catalogue))
	if err != nil {
		t.Fatal(err)
	}
	text := normalize(string(doc))
	keys := map[string]bool{}
	for _, f := range formats {
		k := f.Key()
		keys[k] = true
		if k == "" {
			continue
		}
		if !strings.Contains(text, normalize(k)) {
			t.Errorf("%s: %s %q: not in %s (it should quote %q)", f.Pos, f.Severity, f.Text, catalogue, k)
		}
	}
	t.Logf("%d diagnostic formats, %d distinct keys", len(formats), len(keys))
}

// normalize lets the catalogue wrap lines and write messages as Markdown
// code spans: it drops whitespace, backticks and backslash escapes.
func normalize(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '`' || r == '\\' || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func TestKey(t *testing.T) {
	for _, c := range []struct{ name, format, want string }{
		{"prefix", "unknown key %q; did you mean %q?", "unknown key"},
		{"leading verb", "%s: no such chapter", "no such chapter"},
		{"short prefix", "in %s: cannot read %s", "cannot read"},
		{"no verb", "malformed YAML", "malformed YAML"},
		{"width", "image %.1f%% too wide", "too wide"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := (Format{Text: c.format}).Key(); got != c.want {
				t.Errorf("Key(%q) = %q, want %q", c.format, got, c.want)
			}
		})
	}
}
