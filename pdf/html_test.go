package pdf

import (
	"strings"
	"testing"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/rawhtml"
)

func htmlToks(src string, mode rawhtml.Mode) []book.HTMLToken {
	toks, _ := rawhtml.Parse(src, mode)
	out := make([]book.HTMLToken, len(toks))
	for i, t := range toks {
		out[i] = book.HTMLToken{Token: t}
	}
	return out
}

func TestHTMLInlineStyles(t *testing.T) {
	base := style{size: 10}
	runs := htmlInline(htmlToks("<em>i</em><strong>b</strong><kbd>k</kbd><sup>s</sup><del>d</del><u>u</u><mark>m</mark>x<br>y", rawhtml.Inline), inlineCtx{st: base}, 0)
	var text strings.Builder
	got := map[string]style{}
	for _, r := range runs {
		text.WriteString(r.text)
		got[r.text] = r.st
	}
	if text.String() != "ibksdumxy" {
		t.Errorf("text %q, want every word in order", text.String())
	}
	checks := []struct {
		run string
		ok  bool
	}{
		{"i", got["i"].face.italic},
		{"b", got["b"].face.bold},
		{"k", got["k"].face.mono},
		{"s", got["s"].rise > 0 && got["s"].size < base.size},
		{"d", got["d"].strike},
		{"u", got["u"].underline},
		{"m", got["m"].mark},
		{"x", got["x"] == base && runs[len(runs)-2].brk},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("run %q has style %+v", c.run, got[c.run])
		}
	}
}
