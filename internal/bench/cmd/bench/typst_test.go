package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/typst"
)

// typstOf loads a one-chapter book (and a second chapter, b.md, to link
// to) and returns the Typst markup of its body: what follows the outline.
func typstOf(t *testing.T, md string) (body, all string) {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"book.yaml": "title: \"T\"\nauthors: [\"A. Writer\"]\nlanguage: en\nchapters:\n  - a.md\n  - b.md\n",
		"a.md":      md,
		"b.md":      "# Bee\n\n## Target {#target}\n\nText.\n",
	}
	if strings.Contains(md, "images/dot.png") {
		os.Mkdir(filepath.Join(dir, "images"), 0o755)
		files["images/dot.png"] = string(pngDot)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, diags := book.Load(book.DirFS(dir))
	if diags.HasErrors() {
		t.Fatalf("loading: %v", diags)
	}
	all = typstBook(b)
	_, body, ok := strings.Cut(all, "#outline(depth: 2)\n\n")
	if !ok {
		t.Fatalf("no outline in\n%s", all)
	}
	body, _, _ = strings.Cut(body, "#heading(level: 1)[Bee]")
	return body, all
}

// pngDot is a 1×1 PNG.
var pngDot = func() []byte {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1)))
	return b.Bytes()
}()

var typstCases = []struct {
	name, md string
	want     []string // in the body, in order
	not      []string
}{
	{"heading with id", "# One\n\n## Two {#sec-2}\n\n### Three\n",
		[]string{"#heading(level: 1)[One] <one>", "#heading(level: 2)[Two] <sec-2>", "#heading(level: 3)[Three] <three>"}, nil},
	{"emphasis, strong, code, strike", "# C\n\nA *b* **c** `d_e \"f\"` ~~g~~.\n",
		[]string{`A #emph[b]; #strong[c]; #raw("d_e \"f\""); #strike[g];.`}, nil},
	{"smart punctuation and escapes", "# E\n\n\"Q\" -- it's... a_b #c $d @e [f] 1 < 2 > 0 3*4 ~h &amp; \\*\n",
		[]string{`“Q” – it’s… a\_b \#c \$d \@e \[f\] 1 \< 2 \> 0 3\*4 \~h & \*`}, nil},
	{"markers at the start of a line", "# M\n\n1956\\. A year.\n\n\\- dash *\\+ plus* and a-b c/d\n",
		[]string{"1956\\. A year.", "\\- dash #emph[\\+ plus]; and a-b c/d"}, []string{"a\\-b", "c\\/d"}},
	{"links", "# L\n\n[out](https://example.org/x) [in](b.md#target) [chapter](b.md) <https://x.org/a> [see p. {page}](b.md#target)\n",
		[]string{`#link("https://example.org/x")[out];`, "#link(<target>)[in];", "#link(<bee>)[chapter];",
			`#link("https://x.org/a")[https:\//x.org/a];`, "#link(<target>)[see p. #context counter(page).at(<target>).first();];"}, nil},
	{"a link inside a link is text", "# L\n\n[a <https://x.org> b](b.md#target)\n",
		[]string{`#link(<target>)[a https:\//x.org b];`}, nil},
	{"lists", "# L\n\n- a\n- b\n  1. c\n  2. d\n\n3. e\n\n   f\n4. g\n",
		[]string{"#list(tight: true,\n[a],\n[b\n\n#enum(start: 1, tight: true,\n[c],\n[d])])",
			"#enum(start: 3, tight: false,\n[e\n\nf],\n[g])"}, nil},
	{"task list", "# T\n\n- [ ] open\n- [x] done\n",
		[]string{"[#box(width: 0.6em, height: 0.6em, stroke: 0.5pt)#h(0.4em);open]",
			"[#box(width: 0.6em, height: 0.6em, stroke: 0.5pt, fill: black)#h(0.4em);done]"}, nil},
	{"block quote and rule", "# Q\n\n> a\n>\n> --- b\n\n* * *\n",
		[]string{"#quote(block: true)[\na\n\n— b\n\n]", `#align(center)[\*#h(1em)\*#h(1em)\*]`}, nil},
	{"code block", "# K\n\n```go\nfunc f() {\n\treturn \"x\\n\"\n}\n```\n\n    indented\n",
		[]string{`#raw(block: true, lang: "go", "func f() {\n` + "\t" + `return \"x\\n\"\n}")`, `#raw(block: true, "indented")`}, nil},
	{"table", "# T\n\n| a | b | c |\n|:--|:-:|--:|\n| *x* | y |\n",
		[]string{"#table(columns: 3, align: (left, center, right,),\ntable.header([a], [b], [c]),\n[#emph[x];], [y], [])"}, nil},
	{"definitions", "# D\n\nTerm\n: One.\n: Two.\n\nOther\n: Three.\n",
		[]string{"#terms(tight: true,\nterms.item([Term], [One.\n\nTwo.]),\nterms.item([Other], [Three.]))"}, nil},
	{"footnotes", "# F\n\nA[^1] b[^long] c[^1].\n\n[^1]: One.\n[^long]: Para one.\n\n    Para two.\n",
		[]string{"A#footnote[One.] <fn-1-a> b#footnote[Para one.\n\nPara two.] <fn-2-a> c#footnote(<fn-1-a>);."}, []string{"[^"}},
	{"figure and inline image", "# I\n\n![A dot](images/dot.png \"Figure 1: Dot\")\n\nInline ![x](images/dot.png) here.\n",
		[]string{`#figure(image("images/dot.png", width: 0.8pt, alt: "A dot"), numbering: none, caption: [Figure 1: Dot])`,
			`Inline #box(image("images/dot.png", height: 1em)); here.`}, nil},
	{"hard line break", "# H\n\nOne\\\n/ two\n",
		[]string{"One \\\n\\/ two"}, nil},
}

func TestTypstBook(t *testing.T) {
	for _, tc := range typstCases {
		t.Run(tc.name, func(t *testing.T) {
			body, _ := typstOf(t, tc.md)
			rest := body
			for _, w := range tc.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("lacks (in order) %q:\n%s", w, body)
					continue
				}
				rest = rest[i+len(w):]
			}
			for _, n := range tc.not {
				if strings.Contains(body, n) {
					t.Errorf("has %q:\n%s", n, body)
				}
			}
		})
	}
}

// TestTypstBookPreamble: Quire's default page and type, the title page,
// the contents; with parts, chapters are one level down.
func TestTypstBookPreamble(t *testing.T) {
	_, all := typstOf(t, "# One\n")
	for _, w := range []string{
		`#set document(title: "T", author: ("A. Writer", ))`,
		"#set page(width: 6in, height: 9in, margin: (top: 54pt, bottom: 72pt, x: 54pt)",
		`#set text(font: "Charis", size: 10.5pt, lang: "en")`,
		`#show raw: set text(font: "DejaVu Sans Mono", size: 8.6pt)`,
		"#show heading.where(level: 1): it => { pagebreak(weak: true)",
		"#text(size: 24pt)[T]",
		"#outline(depth: 2)",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("lacks %q:\n%s", w, all)
		}
	}
}

func TestTypstText(t *testing.T) {
	for _, tc := range []struct {
		in        string
		lineStart bool
		want      string
	}{
		{"plain words, 1. and - + = /", false, "plain words, 1. and - + = /"},
		{"1. one", true, `1\. one`},
		{"  - a", true, `  \- a`},
		{"+ a", true, `\+ a`},
		{"= a", true, `\= a`},
		{"/ a", true, `\/ a`},
		{"a--b -? -> ... // /* x", false, `a\--b \-? -\> \... \// /\* x`},
		{"http://x.org", false, `http:\//x.org`},
		{"\\ # * _ $ ` < > @ [ ] ~ \" '", false, `\\ \# \* \_ \$ \` + "`" + ` \< \> \@ \[ \] \~ \" \'`},
		{"two\nlines\tand tab", false, "two lines and tab"},
	} {
		if got := typstText(tc.in, tc.lineStart); got != tc.want {
			t.Errorf("typstText(%q, %t) = %q, want %q", tc.in, tc.lineStart, got, tc.want)
		}
	}
}

// TestTypstCompiles sets every case as one book with Typst, when it is
// installed: the markup must compile without an error.
func TestTypstCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := typst.DefaultDir()
	if err := typst.Available(dir); err != nil {
		t.Skip(err)
	}
	root, _ := filepath.Abs(filepath.Join("..", "..", "..", ".."))
	fonts := filepath.Join(root, "assets", "fonts")
	var md strings.Builder
	md.WriteString("# All\n\n")
	for i, tc := range typstCases {
		// One chapter: demote the cases' titles and number their notes apart.
		s := strings.ReplaceAll(tc.md, "# ", "## ")
		s = strings.ReplaceAll(s, "[^", "[^"+strings.Repeat("x", i+1))
		md.WriteString(s + "\n")
	}
	_, all := typstOf(t, md.String())
	work := t.TempDir()
	typ := filepath.Join(work, "book.typ")
	os.Mkdir(filepath.Join(work, "images"), 0o755)
	os.WriteFile(filepath.Join(work, "images", "dot.png"), pngDot, 0o644)
	if err := os.WriteFile(typ, []byte(all), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd, err := typst.Command(dir, typ, filepath.Join(work, "book.pdf"), fonts)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("typst: %v\n%s\n%s", err, out, all)
	}
	if _, err := os.Stat(filepath.Join(work, "book.pdf")); err != nil {
		t.Error(err)
	}
}
