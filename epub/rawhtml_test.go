package epub

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// xmlText parses an XHTML document as XML (failing on malformed XML) and
// returns its body's character data.
func xmlText(t *testing.T, doc []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	d.Entity = map[string]string{} // only the XML entities
	var sb strings.Builder
	inBody := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return sb.String()
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, doc)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if x.Name.Local == "body" {
				inBody = true
			}
			if x.Name.Local == "img" {
				for _, a := range x.Attr {
					if a.Name.Local == "alt" {
						sb.WriteString(" " + a.Value + " ")
					}
				}
			}
			sb.WriteString(" ")
		case xml.EndElement:
			sb.WriteString(" ")
		case xml.CharData:
			if inBody {
				sb.Write(x)
			}
		}
	}
}

// TestRawHTMLIsWellFormed writes hostile and sloppy raw HTML and checks
// that every chapter parses as XML, keeps the author's words and loses the
// dangerous parts.
func TestRawHTMLIsWellFormed(t *testing.T) {
	for _, tc := range []struct {
		name   string
		md     string
		words  []string // must be in the text, in this order
		absent []string // must not be anywhere in the file
	}{
		{"unbalanced inline", "# T\n\nA <em>open and <b>bold</i> text</em> end.\n", []string{"open", "bold", "text", "end"}, nil},
		{"crossed", "# T\n\n<b><i>x</b></i> y\n", []string{"x", "y"}, nil},
		{"block in paragraph", "# T\n\nA <div>inner</div> b <p>c</p>\n", []string{"A", "inner", "b", "c"}, []string{"<div", "<p>c"}},
		{"entities", "# T\n\n<p>a&nbsp;b &copy; &hellip; &amp;</p>\n", []string{"a", "b © … &"}, []string{"&nbsp;", "&copy;", "&hellip;"}},
		{"scripts and handlers", "# T\n\n<img src=p.png onerror=alert(1)>\n\n<a href=\"jav&#x61;script:alert(2)\">click</a>\n\n<script>alert(3)</script>\n\n<iframe src=\"https://e.com\"></iframe>\n",
			[]string{"click"}, []string{"alert", "onerror", "javascript", "iframe", "<script"}},
		{"split script", "# T\n\n<scr<script>ipt>alert(1)</script>\n", []string{"ipt>alert(1)"}, []string{"<script", "<scr<"}},
		{"upper case and comments", "# T\n\n<DIV CLASS=\"note\"><!-- x -->Words</DIV>\n", []string{"Words"}, []string{"<!--", "DIV"}},
		{"div around Markdown", "# T\n\n<div class=\"note\">\n\n**Careful**: it *works*.\n\n</div>\n", []string{"Careful", "it", "works"}, nil},
		{"details around Markdown", "# T\n\n<details>\n<summary>More</summary>\n\nHidden *text*.\n\n</details>\n", []string{"More", "Hidden", "text"}, nil},
		{"table with Markdown in a cell", "# T\n\n<table>\n<tr>\n<td>\n\n**cell**\n\n</td>\n</tr>\n</table>\n", []string{"cell"}, nil},
		{"paragraph left open before Markdown", "# T\n\n<p>intro\n\n- item\n\n</p>\n", []string{"intro", "item"}, nil},
		{"img of the book", "# T\n\nSee <img src=\"p.png\" alt=\"the picture\"> here.\n", []string{"See", "the picture", "here"}, nil},
		{"remote img keeps alt", "# T\n\nSee <img src=\"https://e.com/x.png\" alt=\"remote\"> here.\n", []string{"See", "remote", "here"}, []string{"e.com"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := oneChapter(t, tc.md, "p.png", string(tinyPNG))
			got := entries(t, b)[root+"ch.xhtml"]
			if got == nil {
				t.Fatal("no ch.xhtml")
			}
			text := strings.Join(strings.Fields(xmlText(t, got)), " ")
			rest := text
			for _, w := range tc.words {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("%q missing or out of order in %q", w, text)
					continue
				}
				rest = rest[i+len(w):]
			}
			for _, a := range tc.absent {
				if bytes.Contains(got, []byte(a)) {
					t.Errorf("unexpected %q in:\n%s", a, got)
				}
			}
		})
	}
}
