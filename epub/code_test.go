package epub

import (
	"bytes"
	"strings"
	"testing"

	"github.com/quire-books/quire/assets"
	"github.com/quire-books/quire/highlight"
)

// TestCodeBlock checks the markup of highlighted and plain code blocks.
func TestCodeBlock(t *testing.T) {
	for _, tc := range []struct {
		name string
		md   string
		want string // the whole <pre> element
	}{
		{
			name: "go fence",
			md:   "```go\npackage main\n\nfunc main() {\n\tx := 1 // one\n\tprintln(\"a < b\", x)\n}\n```\n",
			want: "<pre><code class=\"language-go\"><span class=\"k\">package</span> main\n\n" +
				"<span class=\"k\">func</span> <span class=\"nf\">main</span>() {\n" +
				"    x <span class=\"o\">:=</span> <span class=\"l\">1</span> <span class=\"c\">// one</span>\n" +
				"    <span class=\"nb\">println</span>(<span class=\"s\">\"a &lt; b\"</span>, x)\n}\n</code></pre>",
		},
		{
			name: "python fence",
			md:   "```python\ndef f():\n    return None  # nothing\n```\n",
			want: "<pre><code class=\"language-python\"><span class=\"k\">def</span> <span class=\"nf\">f</span>():\n" +
				"    <span class=\"k\">return</span> <span class=\"kc\">None</span>  <span class=\"c\"># nothing</span>\n</code></pre>",
		},
		{
			name: "info string after the language",
			md:   "```go {title=x}\nvar x int\n```\n",
			want: "<pre><code class=\"language-go\"><span class=\"k\">var</span> x <span class=\"kt\">int</span>\n</code></pre>",
		},
		{
			name: "unknown language is plain",
			md:   "```nosuchlang\nif a < b:\n\tpass\n```\n",
			want: "<pre><code class=\"language-nosuchlang\">if a &lt; b:\n    pass\n</code></pre>",
		},
		{
			name: "no language is plain",
			md:   "```\nfunc x() {}\n```\n",
			want: "<pre><code>func x() {}\n</code></pre>",
		},
		{
			name: "indented code is plain",
			md:   "    var x = \"y\"\n    \n    end\n",
			want: "<pre><code>var x = \"y\"\n\nend\n</code></pre>",
		},
		{
			name: "empty fence",
			md:   "```go\n```\n",
			want: "<pre><code class=\"language-go\"></code></pre>",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := entries(t, oneChapter(t, "# T\n\n"+tc.md))[root+"ch.xhtml"]
			i := bytes.Index(got, []byte("<pre>"))
			j := bytes.Index(got, []byte("</pre>"))
			if i < 0 || j < i {
				t.Fatalf("no <pre> in:\n%s", got)
			}
			if pre := string(got[i : j+len("</pre>")]); pre != tc.want {
				t.Errorf("code block =\n%s\nwant\n%s", pre, tc.want)
			}
			if err := wellFormed(bytes.NewReader(got)); err != nil {
				t.Errorf("not well-formed: %v\n%s", err, got)
			}
		})
	}
}

// TestStylesheetHasHighlightRules checks that the stylesheet the EPUB
// carries styles every class a code block can use.
func TestStylesheetHasHighlightRules(t *testing.T) {
	css := string(entries(t, oneChapter(t, "# T\n"))[root+stylesheetName])
	if css != string(assets.Read("css/book.css")) {
		t.Fatal("the EPUB's stylesheet is not assets/css/book.css")
	}
	if !strings.Contains(css, highlight.CSS()) {
		t.Errorf("css/book.css lacks highlight.CSS() (run go test ./highlight -update):\n%s", highlight.CSS())
	}
}
