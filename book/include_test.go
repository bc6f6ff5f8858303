package book_test

// These tests load whole books (an external test package, so that the
// EPUB edition of an included listing can be checked too): mdBook's
// {{#include}} family, expanded in every kind of book (include.go).

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/epub"
)

// listing is an included Rust file with anchors (mdBook's guide's example).
const listing = `// ANCHOR: all
fn main() {
    // ANCHOR: body
    let x = add_one(2);
    // ANCHOR_END: body
    assert_eq!(x, 3);
}
// ANCHOR: body
fn add_one(n: i32) -> i32 { n + 1 }
// ANCHOR_END: body
// ANCHOR_END: all
`

// includeBook is a Quire book whose one chapter, ch.md, is "# T\n" and
// then text; files are added beside it.
func includeBook(text string, files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"book.yaml":   {Data: []byte("title: T\nauthors: [A]\nlanguage: en\nchapters: [ch.md]\n")},
		"ch.md":       {Data: []byte("# T\n" + text)},
		"code/x.rs":   {Data: []byte(listing)},
		"code/abc.md": {Data: []byte("a\nb\nc\n")},
	}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

// diagText is the diagnostics, one a line.
func diagText(ds book.Diagnostics) string { return ds.Error() }

func TestIncludeExpansion(t *testing.T) {
	tests := []struct {
		name  string
		text  string            // ch.md after its "# T" line
		files map[string]string // more files
		want  string            // ch.md's Source after "# T\n"
		diags string
	}{
		{"whole file, last line end dropped", "{{#include code/abc.md}}\n", nil, "a\nb\nc\n", ""},
		{"whole file keeps anchor lines", "{{#include code/x.rs}}", nil, strings.TrimSuffix(listing, "\n"), ""},
		{"line N", "{{#include code/abc.md:2}}\n", nil, "b\n", ""},
		{"line 0 is line 1", "{{#include code/abc.md:0}}\n", nil, "a\n", ""},
		{"lines N to M", "{{#include code/abc.md:2:3}}\n", nil, "b\nc\n", ""},
		{"from line N", "{{#include code/abc.md:2:}}\n", nil, "b\nc\n", ""},
		{"up to line M", "{{#include code/abc.md::2}}\n", nil, "a\nb\n", ""},
		{"empty range is whole file", "{{#include code/abc.md::}}\n", nil, "a\nb\nc\n", ""},
		{"garbage end: from N", "{{#include code/abc.md:2:NaN}}\n", nil, "b\nc\n", ""},
		{"range clamped at the end", "{{#include code/abc.md:2:100}}\n", nil, "b\nc\n", ""},
		{"whitespace and extra words", "{{ #include  code/abc.md:1 ignored }}\n", nil, "a\n", ""},
		{"anchor: its lines, every anchor line removed", "```rust\n{{#include code/x.rs:all}}\n```\n", nil,
			"```rust\nfn main() {\n    let x = add_one(2);\n    assert_eq!(x, 3);\n}\nfn add_one(n: i32) -> i32 { n + 1 }\n```\n", ""},
		{"anchor: include takes the first section", "{{#include code/x.rs:body}}\n", nil, "    let x = add_one(2);\n", ""},
		{"rustdoc_include anchor: each section, only the shown lines", "{{#rustdoc_include code/x.rs:body}}\n", nil,
			"    let x = add_one(2);\nfn add_one(n: i32) -> i32 { n + 1 }\n", ""},
		{"rustdoc_include range", "{{#rustdoc_include code/abc.md:2}}\n", nil, "b\n", ""},
		{"playground: a rust code block", "{{#playground code/abc.md editable no_run}}\n", nil, "```rust,editable,no_run\na\nb\nc\n```\n", ""},
		{"playpen: old name", "{{#playpen code/abc.md}}\n", nil, "```rust\na\nb\nc\n```\n",
			"ch.md:2:1: warning: {{#playpen}} is the old name of {{#playground}}: write {{#playground code/abc.md}}"},
		{"title removed", "{{#title The Page}}\nText\n", nil, "\nText\n", ""},
		{"escaped: kept without the backslash", "Write `\\{{#include code/abc.md}}`.\n", nil, "Write `{{#include code/abc.md}}`.\n", ""},
		{"escaped to the last }} of the line", "\\{{#include a}} {{#include code/abc.md}}\n", nil, "{{#include a}} {{#include code/abc.md}}\n", ""},
		{"unknown directive kept", "{{#foo bar}} {{#include}}\n", nil, "{{#foo bar}} {{#include}}\n", ""},
		{"text before repeats on each line", "- item {{#include code/abc.md::2}} tail\n", nil, "- item a\n- item b tail\n", ""},
		{"inline, one line", "Say {{#include code/abc.md:3}}!\n", nil, "Say c!\n", ""},
		{"nested, relative to the including file", "{{#include inc/a.md}}\n",
			map[string]string{"inc/a.md": "A1\n  {{#include b.md}}\n", "inc/b.md": "B1\nB2\n"}, "A1\n  B1\n  B2\n", ""},
		{"nested directive in an anchor", "{{#include inc/a.rs:x}}\n",
			map[string]string{"inc/a.rs": "// ANCHOR: x\n{{#include ../code/abc.md:1}}\n// ANCHOR_END: x\n"}, "a\n", ""},
		{"escape inside an included file", "{{#include inc/a.md}}\n",
			map[string]string{"inc/a.md": "\\{{#title x}}\n"}, "{{#title x}}\n", ""},
		{"range selecting nothing", "{{#include code/abc.md:9}}\n", nil, "\n",
			`ch.md:2:1: warning: {{#include code/abc.md:9}} selects no lines: "code/abc.md" has 3`},
		{"empty file selects nothing, silently", "{{#include empty.txt:2}}\n", map[string]string{"empty.txt": ""}, "\n", ""},
		{"missing file", "Text {{#include code/abcd.md}}\n", nil, "Text {{#include code/abcd.md}}\n",
			`ch.md:2:6: error: included file "code/abcd.md": no such file`},
		{"missing file: did you mean", "{{#include x.rs}}\n", nil, "{{#include x.rs}}\n",
			`ch.md:2:1: error: included file "x.rs": no such file; did you mean "code/x.rs"?`},
		{"anchor not found: did you mean", "{{#include code/x.rs:bdy}}\n", nil, "{{#include code/x.rs:bdy}}\n",
			`ch.md:2:1: error: anchor "bdy" not found in "code/x.rs" (did you mean "body"?)`},
		{"anchor not found: no anchors", "{{#include code/abc.md:zz}}\n", nil, "{{#include code/abc.md:zz}}\n",
			`ch.md:2:1: error: anchor "zz" not found in "code/abc.md" (it has no ANCHOR: lines)`},
		{"outside the book", "{{#include ../secret.txt}}\n", nil, "{{#include ../secret.txt}}\n",
			`ch.md:2:1: error: included file "../secret.txt" is outside the book folder`},
		{"absolute path", "{{#include /etc/passwd}}\n", nil, "{{#include /etc/passwd}}\n",
			`ch.md:2:1: error: included file "/etc/passwd" is an absolute path: paths must be relative to the book folder`},
		{"a folder", "{{#include code}}\n", nil, "{{#include code}}\n", `ch.md:2:1: error: included file "code" is a folder`},
		{"error inside an included file, at its line", "{{#include inc/a.md}}\n",
			map[string]string{"inc/a.md": "one\n  two {{#include nope.md}}\n"}, "one\n  two {{#include nope.md}}\n",
			`inc/a.md:2:7: error: included file "nope.md": no such file`},
		{"self include is a cycle", "{{#include ch.md}}\n", nil, "{{#include ch.md}}\n",
			"ch.md:2:1: error: include cycle: ch.md → ch.md; not followed"},
		{"cycle through two files", "{{#include inc/a.md}}\n",
			map[string]string{"inc/a.md": "A {{#include b.md}}\n", "inc/b.md": "B {{#include a.md}}\n"}, "A B {{#include a.md}}\n",
			"inc/b.md:1:3: error: include cycle: inc/a.md → inc/b.md → inc/a.md; not followed"},
		{"an error in a file included twice is reported once", "{{#include inc/a.md}}\n{{#include inc/a.md}}\n",
			map[string]string{"inc/a.md": "{{#include nope.md}}\n"}, "{{#include nope.md}}\n{{#include nope.md}}\n",
			`inc/a.md:1:1: error: included file "nope.md": no such file`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, ds := book.Load(includeBook(tt.text, tt.files))
			if got := diagText(ds); got != tt.diags {
				t.Errorf("diagnostics:\n got %s\nwant %s", got, tt.diags)
			}
			if len(b.Chapters) != 1 {
				t.Fatalf("%d chapters", len(b.Chapters))
			}
			if got := strings.TrimPrefix(string(b.Chapters[0].Source), "# T\n"); got != tt.want {
				t.Errorf("source:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestIncludePositions checks that what Quire reports about a chapter
// points into the file the text was written in, before, inside and after
// included text.
func TestIncludePositions(t *testing.T) {
	ten := strings.Repeat("filler\n", 9) + "last [in](#inside) line\n"
	tests := []struct {
		name  string
		ch    string // ch.md, whole
		files map[string]string
		want  string // the broken-link warnings' positions, in order
	}{
		{"after an include of ten lines", "# T\n\n{{#include ten.md}}\n\n[x](#nowhere)\n", map[string]string{"ten.md": ten},
			"ten.md:10:6 ch.md:5:1"},
		{"front matter, then include", "---\ntitle: T\n---\n# T\n{{#include ten.md}}\n[x](#nowhere)\n", map[string]string{"ten.md": ten},
			"ten.md:10:6 ch.md:6:1"},
		{"inline include, rest of the line", "# T\n\nA {{#include one.md}} [x](#nowhere)\n", map[string]string{"one.md": "word [in](#inside)\n"},
			"one.md:1:6 ch.md:3:23"},
		{"repeated prefix", "# T\n\n> {{#include two.md}}\n\n[x](#nowhere)\n", map[string]string{"two.md": "one\n[in](#inside)\n"},
			"two.md:2:1 ch.md:5:1"},
		{"anchor with removed lines", "# T\n\n{{#include a.md:x}}\n\n[x](#nowhere)\n",
			map[string]string{"a.md": "skip\n<!-- ANCHOR: x -->\nkeep\n<!-- ANCHOR: y -->\n[in](#inside)\n<!-- ANCHOR_END: x -->\n"},
			"a.md:5:1 ch.md:5:1"},
		{"nested", "# T\n{{#include d/a.md}}\n[x](#nowhere)\n", map[string]string{"d/a.md": "A\n{{#include b.md}}\nA [in](#a)\n", "d/b.md": "B\nB [in](#b)\n"},
			"d/b.md:2:3 d/a.md:3:3 ch.md:3:1"},
		{"playground fence", "# T\n{{#playground p.md}}\n\n[x](#nowhere)\n", map[string]string{"p.md": "fn main() {}\n"},
			"ch.md:4:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := includeBook("", tt.files)
			fsys["ch.md"] = &fstest.MapFile{Data: []byte(tt.ch)}
			_, ds := book.Load(fsys)
			var got []string
			for _, d := range ds {
				if strings.Contains(d.Message, "no heading") {
					got = append(got, d.Pos.String())
				} else {
					t.Errorf("unexpected: %s", d)
				}
			}
			if g := strings.Join(got, " "); g != tt.want {
				// Diagnostics are sorted by file: compare as sets.
				if !sameWords(g, tt.want) {
					t.Errorf("positions:\n got %s\nwant %s", g, tt.want)
				}
			}
		})
	}
}

// sameWords reports whether a and b hold the same space-separated words.
func sameWords(a, b string) bool {
	count := map[string]int{}
	for _, w := range strings.Fields(a) {
		count[w]++
	}
	for _, w := range strings.Fields(b) {
		count[w]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

// TestHeadingPositionInInclude checks a heading's position, which the TOC
// and heading warnings use, inside included text.
func TestHeadingPositionInInclude(t *testing.T) {
	fsys := includeBook("{{#include inc/h.md}}\n## After\n", map[string]string{"inc/h.md": "text\n\n## Inside\n"})
	b, ds := book.Load(fsys)
	if len(ds) > 0 {
		t.Fatalf("diagnostics: %s", ds)
	}
	var got []string
	for _, h := range b.Chapters[0].Headings {
		got = append(got, h.Text+"@"+h.Pos.String())
	}
	if g, want := strings.Join(got, " "), "T@ch.md:1:1 Inside@inc/h.md:3:1 After@ch.md:3:1"; g != want {
		t.Errorf("headings:\n got %s\nwant %s", g, want)
	}
}

func TestIncludeLimits(t *testing.T) {
	t.Run("depth", func(t *testing.T) {
		files := map[string]string{}
		for i := range 12 {
			files[fmt.Sprintf("d%d.md", i)] = fmt.Sprintf("%d {{#include d%d.md}}\n", i, i+1)
		}
		b, ds := book.Load(includeBook("{{#include d0.md}}\n", files))
		want := "d9.md:1:3: error: includes nested more than 10 deep (mdBook's limit); not followed"
		if diagText(ds) != want {
			t.Errorf("got %s\nwant %s", ds, want)
		}
		if got := string(b.Chapters[0].Source); !strings.Contains(got, "0 1 2 3 4 5 6 7 8 9 {{#include d10.md}}") {
			t.Errorf("source: %q", got)
		}
	})
	t.Run("size", func(t *testing.T) {
		// Each level includes the one below ten times: 10^5 times 1000 bytes.
		files := map[string]string{"l0.md": strings.Repeat("x", 999) + "\n"}
		for i := 1; i <= 5; i++ {
			files[fmt.Sprintf("l%d.md", i)] = strings.Repeat(fmt.Sprintf("{{#include l%d.md}}\n", i-1), 10)
		}
		_, ds := book.Load(includeBook("{{#include l5.md}}\n", files))
		want := "ch.md:1:1: error: with its includes expanded, the chapter is over 64 MB: include less, or split it"
		if diagText(ds) != want {
			t.Errorf("got %s\nwant %s", ds, want)
		}
	})
	t.Run("one file included many times", func(t *testing.T) {
		text := strings.Repeat("{{#include code/abc.md:2}}\n", 1000)
		b, ds := book.Load(includeBook(text, nil))
		if len(ds) > 0 {
			t.Fatalf("diagnostics: %s", ds)
		}
		if got := strings.Count(string(b.Chapters[0].Source), "b\n"); got != 1000 {
			t.Errorf("%d included lines, want 1000", got)
		}
	})
}

// TestIncludeInEveryKindOfBook expands includes in a one-file book, Pandoc
// files, a Pandoc folder and an mdBook project.
func TestIncludeInEveryKindOfBook(t *testing.T) {
	const fm = "---\ntitle: T\nauthor: A\nlang: en\n---\n"
	inc := "code/x.rs"
	tests := []struct {
		name string
		load func(fs.FS) (*book.Book, book.Diagnostics)
		file string // the chapter file
		head string // what comes before its text
	}{
		{"one-file book", func(f fs.FS) (*book.Book, book.Diagnostics) { return book.LoadFile(f, "one.md") }, "one.md", fm},
		{"Pandoc files", func(f fs.FS) (*book.Book, book.Diagnostics) { return book.LoadFiles(f, []string{"one.md"}) }, "one.md", fm},
		{"Pandoc folder", book.Load, "one.md", ""},
		{"mdBook", book.Load, "src/one.md", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := strings.Repeat("../", strings.Count(tt.file, "/")) + inc
			fsys := fstest.MapFS{
				inc:     {Data: []byte(listing)},
				tt.file: {Data: []byte(tt.head + "# One\n\n```rust\n{{#include " + path + ":body}}\n```\n\n[x](#nowhere)\n")},
			}
			switch tt.name {
			case "Pandoc folder":
				fsys["metadata.yaml"] = &fstest.MapFile{Data: []byte("title: T\nauthor: A\nlang: en\n")}
			case "mdBook":
				fsys["book.toml"] = &fstest.MapFile{Data: []byte("[book]\ntitle = \"T\"\nauthors = [\"A\"]\n")}
				fsys["src/SUMMARY.md"] = &fstest.MapFile{Data: []byte("- [One](one.md)\n")}
			}
			b, ds := tt.load(fsys)
			lines := strings.Count(tt.head, "\n")
			want := fmt.Sprintf("%s:%d:1: warning: link to \"#nowhere\": no heading \"#nowhere\" in this chapter; it is printed as plain text", tt.file, lines+7)
			if diagText(ds) != want {
				t.Errorf("diagnostics:\n got %s\nwant %s", ds, want)
			}
			if len(b.Chapters) == 0 || !strings.Contains(string(b.Chapters[0].Source), "```rust\n    let x = add_one(2);\n```\n") {
				t.Errorf("the include was not expanded")
			}
		})
	}
}

// TestIncludeMdBookFixture loads testdata/mdbook-include, an mdBook project
// with a listings folder beside src, and checks the chapters and the EPUB.
func TestIncludeMdBookFixture(t *testing.T) {
	b, ds := book.Load(os.DirFS("testdata/mdbook-include"))
	if len(ds) > 0 {
		t.Fatalf("diagnostics:\n%s", ds)
	}
	want := map[string][]string{
		"src/listings.md": {
			"```rust\nfn main() {\n    let keeper = \"Ada\";\n    println!(\"Lamp lit by {keeper}\");\n}\n```",
			"```rust\n    println!(\"Lamp lit by {keeper}\");\n```",
			"Its second line: fn main() {\n",
			"Write {{#include file.rs}} to include a file.",
		},
		"src/guide/nested.md": {
			"\n# Nested\n",
			"> A note included from parts/note.md, which includes a line of its own:\n>     println!(\"Lamp lit by {keeper}\");\n",
			"```rust,editable\n// ANCHOR: main\nfn main() {",
			"// ANCHOR_END: main\n```\n",
		},
	}
	for _, ch := range b.Chapters {
		for _, w := range want[ch.File] {
			if !strings.Contains(string(ch.Source), w) {
				t.Errorf("%s: no %q in\n%s", ch.File, w, ch.Source)
			}
		}
		if strings.Contains(string(ch.Source), "{{#title") || ch.File == "src/listings.md" && strings.Contains(string(ch.Source), "ANCHOR") {
			t.Errorf("%s: directive or anchor line left in\n%s", ch.File, ch.Source)
		}
	}
	var buf bytes.Buffer
	if err := epub.Write(&buf, b, epub.Options{}); err != nil {
		t.Fatal(err)
	}
	xhtml := epubText(t, buf.Bytes(), "listings.xhtml")
	for _, w := range []string{"Lamp lit by {keeper}", "Its second line: fn main() {", "Write {{#include file.rs}} to include a file."} {
		if !strings.Contains(xhtml, w) {
			t.Errorf("listings.xhtml has no %q:\n%s", w, xhtml[strings.Index(xhtml, "<body"):])
		}
	}
	if strings.Contains(xhtml, "ANCHOR") {
		t.Errorf("listings.xhtml shows an anchor line:\n%s", xhtml)
	}
}

// epubText returns the entry of the EPUB whose name ends with suffix.
func epubText(t *testing.T, data []byte, suffix string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, suffix) {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no %s in the EPUB", suffix)
	return ""
}

// FuzzIncludePositions expands a chapter that includes a file, both made
// by the fuzzer, and checks that every byte of the expanded chapter has a
// position inside the file it names.
func FuzzIncludePositions(f *testing.F) {
	f.Add("A {{#include b.md}} z\n", "one\ntwo\n")
	f.Add("> {{#include b.md:2:}}\n- x {{#include b.md}}", "a\n{{#include c.md}}\nb")
	f.Add("{{#include b.md:x}}\n\\{{#title t}}\n", "// ANCHOR: x\nkeep\n// ANCHOR_END: x\n")
	f.Add("é {{#playground b.md editable}}é\n", "ü\n\n")
	f.Fuzz(func(t *testing.T, ch, inc string) {
		fsys := includeBook("", map[string]string{"b.md": inc, "c.md": "C1\nC2"})
		fsys["ch.md"] = &fstest.MapFile{Data: []byte(ch)}
		b, ds := book.Load(fsys)
		if ds.HasErrors() || len(b.Chapters) != 1 {
			return
		}
		c := b.Chapters[0]
		lines := map[string]int{}
		for name, file := range fsys {
			lines[name] = strings.Count(string(file.Data), "\n") + 1
		}
		for off := 0; off <= len(c.Source); off++ {
			p := c.Pos(off)
			if p.Line < 1 || p.Col < 1 || p.Line > lines[p.File] {
				t.Fatalf("offset %d of %q: position %s", off, c.Source, p)
			}
		}
	})
}

// TestIncludePositionsPointAtTheText expands chapters made at random (from
// a fixed seed) of lines and directives, and checks that the position of
// every character of the expanded text is that character in the file it
// names. Directives in the middle of a line repeat the text before them
// (mdBook's rule): such repeated text has column 1 and is not checked.
func TestIncludePositionsPointAtTheText(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"alpha", "é ü", "", "  indented", "// ANCHOR: a", "// ANCHOR_END: a", "// ANCHOR: b", "// ANCHOR_END: b",
		"{{#include f1.md}}", "{{#include f2.md:a}}", "{{#include f2.md:2:4}}", "{{#rustdoc_include f2.md:b}}", "\\{{#title q}}", "{{#title z}}",
		"pre {{#include f1.md}} post", "> {{#include f2.md:3:}}", "é{{#include f1.md::2}}ü"}
	lines := func(n int) string {
		var sb strings.Builder
		for range n {
			sb.WriteString(pieces[r.IntN(len(pieces))] + "\n")
		}
		return sb.String()
	}
	for range 100 {
		files := map[string]string{"ch.md": "# T\n" + lines(8), "f1.md": lines(6), "f2.md": lines(10)}
		fsys := includeBook("", files)
		b, _ := book.Load(fsys)
		c := b.Chapters[0]
		for off, want := range string(c.Source) {
			p := c.Pos(off)
			line := []rune(strings.Split(files[p.File], "\n")[p.Line-1])
			got := '\n'
			if p.Col <= len(line) {
				got = line[p.Col-1]
			}
			if got != want && p.Col != 1 {
				t.Fatalf("offset %d (%q) is at %s, which is %q\nsource %q\nfiles %q", off, want, p, got, c.Source, files)
			}
		}
	}
}
