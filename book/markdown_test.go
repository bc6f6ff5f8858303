package book

import (
	"strings"
	"testing"
)

func TestPlainText(t *testing.T) {
	tests := []struct {
		name, md, want string
	}{
		{"inline markup dropped", "A *b* **c** `d` [e](x.md) ~~f~~", "A b c d e f"},
		{"smart punctuation as characters", `"Quoted" -- it's...`, "“Quoted” – it’s…"},
		{"raw html tag separates words", "one<br>two", "one two"},
		{"html block keeps its text", "<div>\n<p>Kept <b>text</b></p>\n</div>", "Kept text"},
		{"html block drops a script's code", "<div>\n<script>alert(1)</script>Kept\n</div>", "Kept"},
		{"footnote mark dropped", "Text.[^1]\n\n[^1]: Note.", "Text. Note."},
	}
	md := newMarkdown("")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.md)
			doc := parseMarkdown(md, src)
			if got := PlainText(doc, src); got != tt.want {
				t.Errorf("PlainText = %q, want %q", got, tt.want)
			}
			if strings.Contains(PlainText(doc, src), "&") {
				t.Error("named entity in text")
			}
		})
	}
}
