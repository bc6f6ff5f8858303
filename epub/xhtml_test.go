package epub

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
)

// TestChapterXHTML renders one-chapter books and checks the markup each
// construct becomes.
func TestChapterXHTML(t *testing.T) {
	for _, tc := range []struct {
		name   string
		md     string
		want   []string // substrings of ch.xhtml
		absent []string
	}{
		{
			name: "title from the heading",
			md:   "# Hello *World*\n\nText.\n",
			want: []string{`<section epub:type="chapter" role="doc-chapter" aria-labelledby="hello-world">`, `<h1 id="hello-world">Hello <em>World</em></h1>`},
		},
		{
			name: "title from front matter",
			md:   "---\ntitle: Front\n---\n\nText.\n",
			want: []string{`<h1 id="front">Front</h1>`, "<title>Front</title>"},
		},
		{
			name: "html element carries the language",
			md:   "# T\n",
			want: []string{`lang="en" xml:lang="en"`, `<link rel="stylesheet" type="text/css" href="css/book.css"/>`},
		},
		{
			name: "inline markup",
			md:   "# T\n\n*a* **b** `c < d` ~~e~~\n",
			want: []string{"<em>a</em> <strong>b</strong> <code>c &lt; d</code> <del>e</del>"},
		},
		{
			name: "breaks",
			md:   "# T\n\nhard\\\nsoft\nend\n",
			want: []string{"hard<br/>\nsoft\nend"},
		},
		{
			name: "escapes and references",
			md:   "# T\n\n\\*x\\* &copy; &#x263A; a & b\n",
			want: []string{"*x* © ☺ a &amp; b"},
		},
		{
			name: "ordered list with start",
			md:   "# T\n\n7. seven\n8. eight\n",
			want: []string{"<ol start=\"7\">\n<li>seven</li>"},
		},
		{
			name:   "task list",
			md:     "# T\n\n- [x] done\n- [ ] todo\n",
			want:   []string{`<li class="task"><span class="task-box">☑</span> done</li>`, `<span class="task-box">☐</span> todo`},
			absent: []string{"<input"},
		},
		{
			name: "fenced code",
			md:   "# T\n\n```go\nif a < b {}\n```\n",
			want: []string{"<pre><code class=\"language-go\"><span class=\"k\">if</span> a &lt; b {}\n</code></pre>"},
		},
		{
			name: "table alignment",
			md:   "# T\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n",
			want: []string{`<th scope="col" class="align-left">a</th>`, `<td class="align-right">2</td>`, "<tbody>", "</tbody>\n</table>"},
		},
		{
			name:   "table without body",
			md:     "# T\n\n| a |\n|---|\n",
			want:   []string{"</thead>\n</table>"},
			absent: []string{"<tbody>"},
		},
		{
			name: "definition list",
			md:   "# T\n\nTerm\n: Def\n",
			want: []string{"<dl>\n<dt>Term</dt>\n<dd>Def</dd>\n</dl>"},
		},
		{
			name: "thematic break",
			md:   "# T\n\na\n\n---\n\nb\n",
			want: []string{"<hr/>"},
		},
		{
			name: "footnote referenced twice",
			md:   "# T\n\nOne[^n] two[^n].\n\n[^n]: Note.\n",
			want: []string{`<sup><a epub:type="noteref" role="doc-noteref" id="`, `<aside epub:type="footnote" role="doc-footnote" id="`, `role="doc-backlink" aria-label="Back to reference 1">↩︎</a>`},
		},
		{
			name:   "raw HTML is kept, sanitized (rawhtml.go)",
			md:     "# T\n\n<div onclick=\"x()\">Kept &amp; <b>bold</b><!-- gone --><script>evil()</script></div>\n\nInline <span>x</span> and a <br> break.\n",
			want:   []string{"<div>Kept &amp; <b>bold</b></div>", "Inline <span>x</span> and a <br/> break."},
			absent: []string{"gone", "onclick", "script", "evil"},
		},
		{
			name: "external and broken links",
			md:   "# T\n\n[ext](<https://example.org/a b?x=1&y=2>) [broken](nowhere.md)\n",
			want: []string{`<a href="https://example.org/a%20b?x=1&amp;y=2">ext</a>`, " broken</p>"},
		},
		{
			name: "autolinks",
			md:   "# T\n\n<https://example.com> and ada@example.org\n",
			want: []string{`<a href="https://example.com">https://example.com</a>`, `<a href="mailto:ada@example.org">ada@example.org</a>`},
		},
		{
			name: "image alone with a title is a figure",
			md:   "# T\n\n![Alt *text*](p.png \"Caption & more\")\n",
			want: []string{"<figure>\n<img src=\"images/p.png\" alt=\"Alt text\"/>\n<figcaption>Caption &amp; more</figcaption>\n</figure>"},
		},
		{
			name:   "inline image with empty alt keeps alt",
			md:     "# T\n\nSee ![](p.png) here.\n",
			want:   []string{`<img src="images/p.png" alt=""/>`},
			absent: []string{"<figure>"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := oneChapter(t, tc.md, "p.png", string(tinyPNG))
			got := entries(t, b)[root+"ch.xhtml"]
			if got == nil {
				t.Fatal("no ch.xhtml")
			}
			for _, w := range tc.want {
				if !bytes.Contains(got, []byte(w)) {
					t.Errorf("missing %q in:\n%s", w, got)
				}
			}
			for _, a := range tc.absent {
				if bytes.Contains(got, []byte(a)) {
					t.Errorf("unexpected %q in:\n%s", a, got)
				}
			}
			if err := wellFormed(bytes.NewReader(got)); err != nil {
				t.Errorf("not well-formed: %v\n%s", err, got)
			}
		})
	}
}

// tinyPNG is a 1×1 PNG.
var tinyPNG = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde" +
	"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")

func TestReservedNames(t *testing.T) {
	// The loader renames chapters whose name an EPUB file already has;
	// Write checks again rather than overwrite a file.
	b := oneChapter(t, "# T\n")
	b.Chapters[0].ID = "nav"
	if _, err := build(b, Options{}); err == nil || !strings.Contains(err.Error(), "nav.xhtml") {
		t.Errorf("build with a chapter named nav: err = %v, want two files named nav.xhtml", err)
	}
}

// TestNoteAcrossSections checks that a one-file book's note, kept in the
// section that first refers to it, is linked from a later section.
func TestNoteAcrossSections(t *testing.T) {
	b, ds := book.LoadFile(fstest.MapFS{"handout.md": {Data: []byte(singleFile)}}, "handout.md")
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	es := entries(t, b)
	first, last := b.Chapters[1], b.Chapters[2]
	want := `href="` + chapterFile(first) + "#" + first.NoteID(1) + `"`
	if got := es[root+chapterFile(last)]; !bytes.Contains(got, []byte(want)) {
		t.Errorf("%s does not link the first section's note with %s:\n%s", chapterFile(last), want, got)
	}
	if got := es[root+chapterFile(first)]; !bytes.Contains(got, []byte(`id="`+first.NoteID(1)+`"`)) {
		t.Errorf("%s does not hold note 1:\n%s", chapterFile(first), got)
	}
}

// TestNoLinkInLink: a link or autolink inside a link's text is written as
// text (XHTML forbids <a> in <a>; EPUBCheck RSC-005), and a footnote
// mark there steps out of the link for its noteref and back in.
func TestNoLinkInLink(t *testing.T) {
	md := "# T\n\nSee [island at <https://x.example/a?b=1&c=2> one[^1] two](#sub) after.\n\n## Sub\n\nText.\n\n[^1]: A note.\n"
	got := string(entries(t, oneChapter(t, md))[root+"ch.xhtml"])
	if err := wellFormed(strings.NewReader(got)); err != nil {
		t.Fatal(err)
	}
	want := `<a href="ch.xhtml#sub">island at https://x.example/a?b=1&amp;c=2 one</a><sup><a epub:type="noteref"`
	if !strings.Contains(got, want) {
		t.Errorf("missing %q in:\n%s", want, got)
	}
	if !strings.Contains(got, `</sup><a href="ch.xhtml#sub"> two</a> after.`) {
		t.Errorf("the link does not resume after the note mark:\n%s", got)
	}
	depth := 0
	for _, tok := range regexp.MustCompile(`<a[ >]|</a>`).FindAllString(got, -1) {
		if tok == "</a>" {
			depth--
		} else if depth++; depth > 1 {
			t.Fatalf("an <a> inside an <a>:\n%s", got)
		}
	}
}
