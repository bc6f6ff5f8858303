package book

import (
	"strings"
	"testing"
	"testing/fstest"
)

// summaryDump is a one-line picture of parsed SUMMARY entries.
func summaryDump(es []manifestEntry) string {
	var parts []string
	for _, e := range es {
		if e.Part != "" {
			parts = append(parts, "#"+e.Part+"{"+summaryDump(e.Chapters)+"}")
			continue
		}
		under := ""
		if e.Parent != "" {
			under = "^" + e.Parent
		}
		parts = append(parts, e.Title+"="+e.File+under+"@"+e.At.String())
	}
	return strings.Join(parts, " ")
}

func TestParseSummary(t *testing.T) {
	tests := []struct {
		name, src, want, diags string
	}{
		{"title line ignored", "# Summary\n\n- [One](one.md)\n", "One=src/one.md@S:3:3", ""},
		{"no title line", "- [One](one.md)\n", "One=src/one.md@S:1:3", ""},
		{"prefix numbered suffix", "[Pre](pre.md)\n- [One](one.md)\n[Post](post.md)\n",
			"Pre=src/pre.md@S:1:1 One=src/one.md@S:2:3 Post=src/post.md@S:3:1", ""},
		{"nested chapters follow their parent", "- [A](a.md)\n  - [B](b/b.md)\n    * [C](c.md)\n  - [E](e.md)\n- [D](d.md)\n",
			"A=src/a.md@S:1:3 B=src/b/b.md^src/a.md@S:2:5 C=src/c.md^src/b/b.md@S:3:7 E=src/e.md^src/a.md@S:4:5 D=src/d.md@S:5:3", ""},
		{"tabs nest too", "- [A](a.md)\n\t- [B](b.md)\n", "A=src/a.md@S:1:3 B=src/b.md^src/a.md@S:2:4", ""},
		{"ordered items", "1. [A](a.md)\n   1. [B](b.md)\n2. [C](c.md)\n",
			"A=src/a.md@S:1:4 B=src/b.md^src/a.md@S:2:7 C=src/c.md@S:3:4", ""},
		{"under a draft: the draft's parent", "- [A](a.md)\n  - [Draft]()\n    - [B](b.md)\n- [Top Draft]()\n  - [C](c.md)\n",
			"A=src/a.md@S:1:3 B=src/b.md^src/a.md@S:3:7 C=src/c.md@S:5:5",
			"S:2:5: warning: draft chapter \"Draft\" has no file: it is left out (mdBook shows it as an unclickable entry)\n" +
				"S:4:3: warning: draft chapter \"Top Draft\" has no file: it is left out (mdBook shows it as an unclickable entry)"},
		{"nested in a part; a part closes the list", "# Summary\n# P\n- [A](a.md)\n  - [B](b.md)\n# Q\n  - [C](c.md)\n",
			"#P{A=src/a.md@S:3:3 B=src/b.md^src/a.md@S:4:5} #Q{C=src/c.md@S:6:5}", ""},
		{"part titles", "# Summary\n- [A](a.md)\n# Part One\n- [B](b.md)\n# Part Two\n- [C](c.md)\n[End](end.md)\n",
			"A=src/a.md@S:2:3 #Part One{B=src/b.md@S:4:3} #Part Two{C=src/c.md@S:6:3} End=src/end.md@S:7:1", ""},
		{"separators ignored", "---\n[Pre](pre.md)\n-----\n- [A](a.md)\n---\n[Post](post.md)\n",
			"Pre=src/pre.md@S:2:1 A=src/a.md@S:4:3 Post=src/post.md@S:6:1", ""},
		{"draft skipped with warning", "- [A](a.md)\n- [Later]()\n",
			"A=src/a.md@S:1:3", `S:2:3: warning: draft chapter "Later" has no file: it is left out (mdBook shows it as an unclickable entry)`},
		{"part of drafts only", "# S\n# Empty\n- [Later]()\n", "",
			"S:2:1: warning: part \"Empty\" has no chapters (only drafts or none): it is left out\n" +
				`S:3:3: warning: draft chapter "Later" has no file: it is left out (mdBook shows it as an unclickable entry)`},
		{"escaped title and encoded path", "- [The \\[x\\] key](my%20file.md)\n- [B](<b c.md>)\n",
			"The [x] key=src/my file.md@S:1:3 B=src/b c.md@S:2:3", ""},
		{"numbered after suffix", "- [A](a.md)\n[Post](post.md)\n- [B](b.md)\n",
			"A=src/a.md@S:1:3 Post=src/post.md@S:2:1", "S:3:1: error: numbered chapter after the suffix chapters: suffix chapters come last"},
		{"part after suffix", "- [A](a.md)\n[Post](post.md)\n# Late\n",
			"A=src/a.md@S:1:3 Post=src/post.md@S:2:1", `S:3:1: error: part title "Late" after the suffix chapters: parts hold numbered chapters (` + "`- [Title](file.md)`)"},
		{"stray text", "# Summary\nSome words\n", "", "S:2:1: error: expected a chapter link `[Title](file.md)`, found \"Some words\""},
		{"bad list item", "- just text\n", "", "S:1:3: error: expected a chapter link `[Title](file.md)`, found \"just text\""},
		{"level-2 heading", "# Summary\n## Sub\n", "", "S:2:1: error: only level-1 headings (`# Part title`) may appear here: they start a part"},
		{"indented plain link", "- [A](a.md)\n   [B](b.md)\n", "A=src/a.md@S:1:3", "S:2:4: error: an indented line that is not a list item: nest chapters as `- [Title](file.md)` items"},
		{"absolute path", "- [A](/a.md)\n", "", `S:1:3: error: chapter "/a.md" is an absolute path: paths in SUMMARY.md are relative to src`},
		{"anchor in path", "- [A](a.md#x)\n", "", `S:1:3: error: chapter "A" must link to a Markdown file in the book, not "a.md#x"`},
		{"empty title", "- [](a.md)\n", "", "S:1:3: error: a chapter link needs a title: `[Title](file.md)`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d diags
			got := summaryDump(parseSummary("S", "src", []byte(tt.src), &d))
			d.list.Sort()
			if got != tt.want {
				t.Errorf("entries:\n got %s\nwant %s", got, tt.want)
			}
			if g := d.list.Error(); g != tt.diags {
				t.Errorf("diagnostics:\n got %s\nwant %s", g, tt.diags)
			}
		})
	}
}

func TestDecodeBookTOML(t *testing.T) {
	tests := []struct {
		name, src, want, diags string
	}{
		{"complete", "[book]\ntitle = \"T\"\nauthors = [\"A\", \"B\"]\nlanguage = \"fr\"\ndescription = \"D\"\nsrc = \"pages\"\n",
			"T|A,B|fr|D|pages", ""},
		{"defaults: language en, src src", "[book]\ntitle = \"T\"\nauthors = [\"A\"]\n[output.html]\n", "T|A|en||src", ""},
		{"dotted keys", "book.title = \"T\"\nbook.authors = [\"A\"]\n", "T|A|en||src", ""},
		{"no authors", "[book]\ntitle = \"T\"\n", "T||en||src",
			"book.toml:1:1: error: the book needs at least one author: add `authors = [\"Name\"]` under [book] in book.toml"},
		{"empty authors", "[book]\ntitle = \"T\"\nauthors = []\n", "T||en||src",
			"book.toml:3:1: error: the book needs at least one author: add `authors = [\"Name\"]` under [book] in book.toml"},
		{"authors not a list", "[book]\ntitle = \"T\"\nauthors = \"A\"\n", "T||en||src",
			"book.toml:3:1: error: authors must be a list of names, not a string: write authors = [\"Name\"]"},
		{"no title", "\n[book]\nauthors = [\"A\"]\n", "|A|en||src",
			"book.toml:2:1: error: the book needs a title: add `title = \"…\"` under [book] in book.toml"},
		{"title not a string", "[book]\n  title = 3\nauthors = [\"A\"]\n", "|A|en||src",
			"book.toml:2:3: error: the book needs a title: add `title = \"…\"` under [book] in book.toml\n" +
				"book.toml:2:3: error: title must be a string, not the value 3"},
		{"bad language", "[book]\ntitle = \"T\"\nauthors = [\"A\"]\nlanguage = \"not a tag\"\n", "T|A|not a tag||src",
			"book.toml:4:1: error: language \"not a tag\" is not a BCP 47 language tag (e.g. en, fr, pt-BR)"},
		{"unknown key", "[book]\ntitle = \"T\"\nauthors = [\"A\"]\nautors = [\"B\"]\nmultilingual = false\n", "T|A|en||src",
			"book.toml:4:1: warning: unknown key \"autors\" in [book]; did you mean \"authors\"?"},
		{"malformed", "[book]\ntitle = \"T\n", "", "book.toml:2:11: error: malformed TOML: strings cannot contain newlines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d diags
			m, src, _ := decodeBookTOML([]byte(tt.src), nil, &d)
			d.list.Sort()
			got := ""
			if m.Title != "" || len(m.Creators) > 0 || src != "" {
				got = strings.Join([]string{m.Title, strings.Join(m.AuthorNames(), ","), m.Language, m.Description, src}, "|")
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if g := d.list.Error(); g != tt.diags {
				t.Errorf("diagnostics:\n got %s\nwant %s", g, tt.diags)
			}
		})
	}
}

func TestLoadMdBookErrors(t *testing.T) {
	tests := []struct {
		name  string
		fsys  fstest.MapFS
		diags string
	}{
		{"missing SUMMARY", fstest.MapFS{"book.toml": {Data: []byte("[book]\ntitle = \"T\"\nauthors = [\"A\"]\n")}},
			"book.toml:1:1: error: an mdBook project needs src/SUMMARY.md: it lists the chapters"},
		{"missing chapter is reported in SUMMARY", fstest.MapFS{
			"book.toml":       {Data: []byte("[book]\ntitle = \"T\"\nauthors = [\"A\"]\nsrc = \"text\"\n")},
			"text/SUMMARY.md": {Data: []byte("# Summary\n\n- [One](one.md)\n")},
		}, `text/SUMMARY.md:3:3: error: chapter "text/one.md": no such file`},
		{"src outside the book", fstest.MapFS{"book.toml": {Data: []byte("[book]\ntitle = \"T\"\nauthors = [\"A\"]\nsrc = \"../x\"\n")}},
			`book.toml:4:1: error: the source folder "../x" is outside the book folder`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Load(tt.fsys)
			if g := diags.Error(); g != tt.diags {
				t.Errorf("diagnostics:\n got %s\nwant %s", g, tt.diags)
			}
		})
	}
}
