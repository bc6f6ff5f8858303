package book

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

func TestPandocKeys(t *testing.T) {
	const base = "title: T\nauthor: A\nlang: en\n"
	tests := []struct {
		name, file, src, want, diags string
	}{
		{"author string", "metadata.yaml", "title: T\nauthor: Ann Lee\nlang: en\n", "authors=Ann Lee", ""},
		{"author list", "metadata.yaml", "title: T\nauthor: [Ann, Bo]\nlang: en\n", "authors=Ann,Bo", ""},
		{"author list of names", "metadata.yaml", "title: T\nauthor:\n  - name: Ann\n  - name: Bo\nlang: en\n", "authors=Ann,Bo", ""},
		{"creator with role and text", "metadata.yaml", "title: T\ncreator:\n  - role: aut\n    text: Ann\n  - role: trl\n    text: Bo\nlang: en\n", "authors=Ann", ""},
		{"lang", "metadata.yaml", "title: T\nauthor: A\nlang: pt-BR\n", "language=pt-BR", ""},
		{"subtitle", "metadata.yaml", base + "subtitle: S\n", "subtitle=S", ""},
		{"rights", "metadata.yaml", base + "rights: CC BY 4.0\n", "rights=CC BY 4.0", ""},
		{"publisher", "metadata.yaml", base + "publisher: P\n", "publisher=P", ""},
		{"cover-image", "metadata.yaml", base + "cover-image: img/c.png\n", "cover=img/c.png", ""},
		{"abstract", "metadata.yaml", base + "abstract: About it.\n", "description=About it.", ""},
		{"description", "metadata.yaml", base + "description: About it.\n", "description=About it.", ""},
		{"keywords and subject", "metadata.yaml", base + "keywords: [a, b]\nsubject: c\n", "subjects=a,b,c", ""},
		{"identifier string", "metadata.yaml", base + "identifier: urn:isbn:9783161484100\n", "identifier=urn:isbn:9783161484100", ""},
		{"identifier scheme list", "metadata.yaml", base + "identifier:\n  - scheme: DOI\n    text: 10.1000/182\n  - scheme: UUID\n    text: x\n",
			"identifier=urn:doi:10.1000/182", "metadata.yaml:7:5: warning: only the first identifier is used: an EPUB has one unique identifier"},
		{"identifier unknown scheme kept as text", "metadata.yaml", base + "identifier:\n  - scheme: Local\n    text: ab-12\n", "identifier=ab-12", ""},
		{"identifier without text", "metadata.yaml", base + "identifier:\n  - scheme: ISBN\n", "identifier=",
			"metadata.yaml:5:5: error: an identifier needs its text: {scheme: ISBN, text: \"…\"}"},
		{"date YYYY-MM-DD", "metadata.yaml", base + "date: 2020-06-01\n", "date=2020-06-01", ""},
		{"date YYYY-MM", "metadata.yaml", base + "date: 2020-06\n", "date=2020-06", ""},
		{"date YYYY", "metadata.yaml", base + "date: 2020\n", "date=2020", ""},
		{"free-form date dropped in metadata.yaml", "metadata.yaml", base + "date: June 2020\n", "date=",
			"metadata.yaml:4:7: warning: date \"June 2020\" is left out: Quire takes YYYY, YYYY-MM or YYYY-MM-DD"},
		{"free-form date dropped in front matter", "notes.md", base + "date: 1 June 2020\n", "date=",
			"notes.md:4:7: warning: date \"1 June 2020\" is left out: Quire takes YYYY, YYYY-MM or YYYY-MM-DD"},
		{"free-form date is an error in book.yaml", "book.yaml", base + "date: June 2020\n", "date=June 2020",
			"book.yaml:4:7: error: date \"June 2020\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d diags
			y := &yamlDoc{file: tt.file, d: &d}
			entries, ok := y.parse([]byte(tt.src))
			if !ok {
				t.Fatalf("parse: %s", d.list)
			}
			m := decodeManifest(y, entries, Pos{File: tt.file, Line: 1, Col: 1}, true)
			key, _, _ := strings.Cut(tt.want, "=")
			got := key + "=" + map[string]string{
				"authors":     strings.Join(m.meta.AuthorNames(), ","),
				"language":    m.meta.Language,
				"subtitle":    m.meta.Subtitle,
				"rights":      m.meta.Rights,
				"publisher":   m.meta.Publisher,
				"cover":       m.cover,
				"description": m.meta.Description,
				"subjects":    strings.Join(m.meta.Subjects, ","),
				"identifier":  strings.TrimPrefix(m.meta.Identifier, "urn:uuid:"),
				"date":        m.meta.Date,
			}[key]
			if key == "identifier" && strings.HasPrefix(m.meta.Identifier, "urn:uuid:") {
				got = "identifier=" // the derived default: no identifier was taken
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			d.list.Sort()
			if g := d.list.Error(); g != tt.diags {
				t.Errorf("diagnostics:\n got %s\nwant %s", g, tt.diags)
			}
		})
	}
}

func TestLoadPandocFolder(t *testing.T) {
	b, diags := Load(mapFS(map[string]string{
		"metadata.yaml": "title: T\nauthor: A\nlang: en\n",
		"b.md":          "# Second\n",
		"a.md":          "# First\n",
	}))
	if diags.HasErrors() {
		t.Fatalf("errors: %s", diags)
	}
	var got []string
	for _, ch := range b.Chapters {
		got = append(got, ch.File)
	}
	if strings.Join(got, " ") != "a.md b.md" {
		t.Errorf("chapters %v, want a.md b.md (by file name)", got)
	}
	_, diags = Load(mapFS(map[string]string{"metadata.yaml": "title: T\nauthor: A\nlang: en\n"}))
	if g := diags.Error(); g != "metadata.yaml:1:1: error: no chapters: list them under `chapters:` or put *.md files beside metadata.yaml" {
		t.Errorf("no chapters: got %s", g)
	}
}

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

func TestLoadFiles(t *testing.T) {
	const meta = "title: Book\nauthor: A\nlang: en\n"
	tests := []struct {
		name   string
		files  map[string]string
		args   []string
		want   string // chapters as ID:Title, in order
		diags  string
		author string
	}{
		{"order of the arguments, metadata.yaml",
			map[string]string{"metadata.yaml": meta, "a.md": "# A\n", "b.md": "# B\n"},
			[]string{"b.md", "a.md"}, "b:B a:A", "", "A"},
		{"first file's front matter",
			map[string]string{"one.md": "---\ntitle: Book\nauthor: [Ann, Bo]\nlang: en\n---\n# One\n", "two.md": "---\ntitle: Second\n---\n# Two\n"},
			[]string{"one.md", "two.md"}, "one:One two:Second", "", "Ann,Bo"},
		{"a file with several level-1 headings is split",
			map[string]string{"metadata.yaml": meta, "a.md": "Opening words.\n\n# X\n\n# Y\n", "b.md": "Epigraph.\n\n# Z\n"},
			[]string{"a.md", "b.md"}, "a-1:Book a-2:X a-3:Y b:Z", "", "A"},
		{"a title file without a level-1 heading (pandoc title.md ch1.md)",
			map[string]string{"title.md": "---\ntitle: Book\nauthor: Ann\nlang: en\n---\n\nOpening words.\n", "one.md": "# One\n", "two.md": "Untitled.\n"},
			[]string{"title.md", "one.md", "two.md"}, "title:Book one:One two:two",
			`two.md:1:1: warning: chapter has no level-1 heading and no front-matter title; using its file name "two" as the title`, "Ann"},
		{"files in folders",
			map[string]string{"metadata.yaml": meta, "ch/one.md": "# One\n"},
			[]string{"ch/one.md"}, "one:One", "", "A"},
		{"no metadata anywhere",
			map[string]string{"a.md": "# A\n"},
			[]string{"a.md"}, "",
			"a.md:1:1: error: the book's metadata is missing: put a metadata.yaml beside the files, or YAML front matter (title, author, lang) at the top of a.md", ""},
		{"missing file and duplicate",
			map[string]string{"metadata.yaml": meta, "a.md": "# A\n"},
			[]string{"a.md", "nope.md", "a.md"}, "a:A",
			"a.md: error: a.md is given twice\nnope.md: error: chapter \"nope.md\": no such file", "A"},
		{"path outside",
			map[string]string{"metadata.yaml": meta, "a.md": "# A\n"},
			[]string{"../x.md", "a.md"}, "a:A",
			"../x.md: error: chapter \"../x.md\" is outside the book folder", "A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, diags := LoadFiles(mapFS(tt.files), tt.args)
			var got []string
			for _, ch := range b.Chapters {
				got = append(got, ch.ID+":"+ch.Title)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("chapters %q, want %q", g, tt.want)
			}
			if g := diags.Error(); g != tt.diags {
				t.Errorf("diagnostics:\n got %s\nwant %s", g, tt.diags)
			}
			if g := strings.Join(b.Meta.AuthorNames(), ","); g != tt.author {
				t.Errorf("authors %q, want %q", g, tt.author)
			}
		})
	}
}

// TestLoadFilesWith: overrides apply to the metadata, and Progress counts
// the files, one call each, up to their number.
func TestLoadFilesWith(t *testing.T) {
	fsys := mapFS(map[string]string{"one.md": "---\ntitle: Book\nauthor: Ann\nlang: en\n---\n# One\n", "two.md": "# Two\n", "bad.md": "# Bad\n"})
	var calls []string
	b, diags := LoadFilesWith(fsys, []string{"one.md", "gone.md", "two.md"}, LoadOptions{
		Overrides: []string{"title=Other"},
		Progress:  func(done, total int) { calls = append(calls, fmt.Sprintf("%d/%d", done, total)) },
	})
	if b.Meta.Title != "Other" {
		t.Errorf("title %q", b.Meta.Title)
	}
	if g := diags.Error(); g != `gone.md: error: chapter "gone.md": no such file` {
		t.Errorf("diagnostics %s", g)
	}
	if g := strings.Join(calls, " "); g != "1/3 2/3 3/3" {
		t.Errorf("progress %s, want 1/3 2/3 3/3", g)
	}
}
