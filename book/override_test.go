package book

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseOverride(t *testing.T) {
	tests := []struct {
		name, spec string
		path       []string
		value      string
		err        string
	}{
		{"top-level", "title=X", []string{"title"}, "X", ""},
		{"nested", "pdf.page-size=Letter", []string{"pdf", "page-size"}, "Letter", ""},
		{"value with =", "description=a=b", []string{"description"}, "a=b", ""},
		{"empty value", "subtitle=", []string{"subtitle"}, "", ""},
		{"no =", "title", nil, "", "write key=value"},
		{"no key", "=X", nil, "", "the key is missing"},
		{"empty segment", "pdf..page-size=A4", nil, "", "is not a setting name"},
		{"colon in key", "pdf:page-size=A4", nil, "", "is not a setting name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ov, err := ParseOverride(tt.spec)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) || !strings.HasPrefix(err.Error(), "--set "+tt.spec+": ") {
					t.Fatalf("error %v, want %q after --set %s:", err, tt.err, tt.spec)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(ov.Path, tt.path) || ov.Value != tt.value {
				t.Errorf("got %q = %q, want %q = %q", ov.Path, ov.Value, tt.path, tt.value)
			}
		})
	}
}

const overrideManifest = `title: "Original"
authors: ["Ada"]
language: en
toc-depth: 2
pdf:
  profile: book
  margins: {inner: 1in}
`

func overrideBook(manifest string) fstest.MapFS {
	return fstest.MapFS{
		"book.yaml": {Data: []byte(manifest)},
		"one.md":    {Data: []byte("# One\n\nText.\n\n## Two\n\nMore.\n")},
	}
}

func TestApplyOverrides(t *testing.T) {
	tests := []struct {
		name     string
		manifest string
		set      []string
		check    func(t *testing.T, b *Book)
	}{
		{"replace a string", overrideManifest, []string{"title=New Title"}, func(t *testing.T, b *Book) {
			if b.Meta.Title != "New Title" {
				t.Errorf("title %q", b.Meta.Title)
			}
		}},
		{"string that looks like a mapping", overrideManifest, []string{"title=Part: Two"}, func(t *testing.T, b *Book) {
			if b.Meta.Title != "Part: Two" {
				t.Errorf("title %q", b.Meta.Title)
			}
		}},
		{"add a key", overrideManifest, []string{"subtitle=Sub"}, func(t *testing.T, b *Book) {
			if b.Meta.Subtitle != "Sub" {
				t.Errorf("subtitle %q", b.Meta.Subtitle)
			}
		}},
		{"number", overrideManifest, []string{"toc-depth=3"}, func(t *testing.T, b *Book) {
			if b.Meta.TOCDepth != 3 {
				t.Errorf("toc-depth %d", b.Meta.TOCDepth)
			}
		}},
		{"list", overrideManifest, []string{"authors=[Ada, Grace]"}, func(t *testing.T, b *Book) {
			if got := b.Meta.AuthorNames(); !reflect.DeepEqual(got, []string{"Ada", "Grace"}) {
				t.Errorf("authors %q", got)
			}
		}},
		{"nested in an existing section", overrideManifest, []string{"pdf.page-size=Letter", "pdf.two-sided=true"}, func(t *testing.T, b *Book) {
			if b.Meta.PDF.PageWidth != 612 || b.Meta.PDF.PageHeight != 792 || !b.Meta.PDF.TwoSided {
				t.Errorf("pdf %+v", b.Meta.PDF)
			}
			if b.Meta.PDF.Margins.Inner != 72 {
				t.Errorf("the file's margins were lost: %+v", b.Meta.PDF.Margins)
			}
		}},
		{"two levels deep", overrideManifest, []string{"pdf.margins.outer=2in"}, func(t *testing.T, b *Book) {
			if m := b.Meta.PDF.Margins; m.Outer != 144 || m.Inner != 72 {
				t.Errorf("margins %+v", m)
			}
		}},
		{"section the file lacks", "title: T\nauthors: [A]\nlanguage: en\n", []string{"pdf.profile=handout"}, func(t *testing.T, b *Book) {
			if b.Meta.PDF.Profile != "handout" {
				t.Errorf("profile %q", b.Meta.PDF.Profile)
			}
		}},
		{"later wins", overrideManifest, []string{"title=A", "title=B"}, func(t *testing.T, b *Book) {
			if b.Meta.Title != "B" {
				t.Errorf("title %q", b.Meta.Title)
			}
		}},
		{"a missing required key supplied", "authors: [A]\nlanguage: en\n", []string{"title=Given"}, func(t *testing.T, b *Book) {
			if b.Meta.Title != "Given" {
				t.Errorf("title %q", b.Meta.Title)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, diags := LoadWith(overrideBook(tt.manifest), LoadOptions{Overrides: tt.set})
			if len(diags) > 0 {
				t.Fatalf("diagnostics:\n%v", diags)
			}
			tt.check(t, b)
		})
	}
}

func TestOverrideErrors(t *testing.T) {
	tests := []struct {
		name string
		set  []string
		want string
	}{
		{"bad page size", []string{"pdf.page-size=Q4"}, `--set pdf.page-size=Q4: error: `},
		{"bad number", []string{"toc-depth=9"}, `--set toc-depth=9: error: toc-depth must be a whole number from 1 to 6, not "9"`},
		{"bad bool", []string{"pdf.two-sided=maybe"}, `--set pdf.two-sided=maybe: error: `},
		{"unknown key", []string{"titel=X"}, `--set titel=X: warning: unknown key "titel"; did you mean "title"?`},
		{"unknown pdf key", []string{"pdf.page-sise=A4"}, `--set pdf.page-sise=A4: warning: unknown key "page-sise" in pdf; did you mean "page-size"?`},
		{"malformed", []string{"title"}, `--set title: error: write key=value`},
		{"a list for a string", []string{"title=[a, b]"}, `--set title=[a, b]: error: title must be a single value, not a list`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := LoadWith(overrideBook(overrideManifest), LoadOptions{Overrides: tt.set})
			var lines []string
			for _, d := range diags {
				lines = append(lines, d.String())
			}
			got := strings.Join(lines, "\n")
			if !strings.Contains(got, tt.want) {
				t.Errorf("diagnostics:\n%s\nwant a line starting %q", got, tt.want)
			}
			if strings.Contains(got, "book.yaml:") {
				t.Errorf("an override's problem is placed in book.yaml:\n%s", got)
			}
		})
	}
}

func TestOverrideSingleFile(t *testing.T) {
	fsys := fstest.MapFS{"h.md": {Data: []byte("---\ntitle: T\nauthors: [A]\nlanguage: en\n---\n\n# One\n\nText.\n")}}
	b, diags := LoadFileWith(fsys, "h.md", LoadOptions{Overrides: []string{"title=Other", "pdf.page-size=A5"}})
	if len(diags) > 0 {
		t.Fatalf("diagnostics:\n%v", diags)
	}
	if b.Meta.Title != "Other" || b.Meta.PDF.PageWidth != 419.53 {
		t.Errorf("title %q, page width %v", b.Meta.Title, b.Meta.PDF.PageWidth)
	}
}

func TestSettings(t *testing.T) {
	got := strings.Join(Settings(), " ")
	for _, want := range []string{"title", "toc-depth", "pdf.page-size", "pdf.two-sided", "pdf.mono-font"} {
		if !strings.Contains(" "+got+" ", " "+want+" ") {
			t.Errorf("Settings() = %s; lacks %s", got, want)
		}
	}
	if strings.Contains(" "+got+" ", " pdf ") {
		t.Errorf("Settings() lists the pdf section itself: %s", got)
	}
}

// mdBookProject is a minimal mdBook project whose [book] table is toml.
func mdBookProject(toml string) fstest.MapFS {
	return fstest.MapFS{
		"book.toml":      {Data: []byte(toml)},
		"src/SUMMARY.md": {Data: []byte("# Summary\n\n- [One](one.md)\n")},
		"src/one.md":     {Data: []byte("# One\n\nText.\n")},
	}
}

const mdBookTOML = "[book]\ntitle = \"Lamps\"\nauthors = [\"Ada Marsh\"]\nlanguage = \"en\"\n"

func TestOverrideMdBook(t *testing.T) {
	tests := []struct {
		name  string
		toml  string
		set   []string
		check func(*testing.T, *Book)
	}{
		{"title, and the slug and identifier that follow it", mdBookTOML, []string{"title=Fog Signals"}, func(t *testing.T, b *Book) {
			plain, _ := Load(mdBookProject(mdBookTOML))
			if b.Meta.Title != "Fog Signals" || b.Meta.Slug != "fog-signals" || b.Meta.Identifier == plain.Meta.Identifier {
				t.Errorf("title %q, slug %q, identifier %q (without --set: %q)", b.Meta.Title, b.Meta.Slug, b.Meta.Identifier, plain.Meta.Identifier)
			}
		}},
		{"authors replace the file's", mdBookTOML, []string{"authors=[Grace Hopper, Ada Lovelace]"}, func(t *testing.T, b *Book) {
			if got := strings.Join(b.Meta.AuthorNames(), ", "); got != "Grace Hopper, Ada Lovelace" {
				t.Errorf("authors %q", got)
			}
		}},
		{"keys book.toml does not have", mdBookTOML, []string{"subtitle=A Handbook", "slug=lamps-2", "toc-depth=1", "publisher=P"}, func(t *testing.T, b *Book) {
			m := b.Meta
			if m.Subtitle != "A Handbook" || m.Slug != "lamps-2" || m.TOCDepth != 1 || m.Publisher != "P" {
				t.Errorf("meta %+v", m)
			}
		}},
		{"print setup", mdBookTOML, []string{"pdf.page-size=A5", "pdf.two-sided=false"}, func(t *testing.T, b *Book) {
			if b.Meta.PDF.PageWidth != 419.53 || b.Meta.PDF.TwoSided {
				t.Errorf("page width %v, two-sided %v", b.Meta.PDF.PageWidth, b.Meta.PDF.TwoSided)
			}
		}},
		{"language", mdBookTOML, []string{"language=fr"}, func(t *testing.T, b *Book) {
			if b.Meta.Language != "fr" {
				t.Errorf("language %q", b.Meta.Language)
			}
		}},
		{"direction, hyphenation and words", mdBookTOML, []string{"direction=rtl", "hyphenate=false", "strings.contents=Table"}, func(t *testing.T, b *Book) {
			if !b.Meta.RTL() || !b.Meta.NoHyphenation || b.Meta.Words().Get("contents") != "Table" {
				t.Errorf("rtl %v, no hyphenation %v, contents %q", b.Meta.RTL(), b.Meta.NoHyphenation, b.Meta.Words().Get("contents"))
			}
		}},
		{"a title book.toml lacks", "[book]\nauthors = [\"Ada\"]\n", []string{"title=Given"}, func(t *testing.T, b *Book) {
			if b.Meta.Title != "Given" {
				t.Errorf("title %q", b.Meta.Title)
			}
		}},
		{"authors book.toml lacks", "[book]\ntitle = \"T\"\n", []string{"authors=[Ada]"}, func(t *testing.T, b *Book) {
			if got := strings.Join(b.Meta.AuthorNames(), ", "); got != "Ada" {
				t.Errorf("authors %q", got)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, diags := LoadWith(mdBookProject(tt.toml), LoadOptions{Overrides: tt.set})
			if len(diags) > 0 {
				t.Fatalf("diagnostics:\n%v", diags)
			}
			tt.check(t, b)
		})
	}
}

func TestOverrideMdBookErrors(t *testing.T) {
	tests := []struct {
		name string
		toml string
		set  []string
		want string
	}{
		{"bad page size", mdBookTOML, []string{"pdf.page-size=Q4"}, "--set pdf.page-size=Q4: error: "},
		{"bad number", mdBookTOML, []string{"toc-depth=9"}, `--set toc-depth=9: error: toc-depth must be a whole number from 1 to 6, not "9"`},
		{"unknown key", mdBookTOML, []string{"titel=X"}, `--set titel=X: warning: unknown key "titel"; did you mean "title"?`},
		{"chapters", mdBookTOML, []string{"chapters=[a.md]"}, "--set chapters=[a.md]: warning: the chapters of an mdBook project are listed in SUMMARY.md: this setting is ignored"},
		{"empty title", mdBookTOML, []string{"title="}, "--set title=: error: the book needs a title"},
		{"no authors", mdBookTOML, []string{"authors=[]"}, "--set authors=[]: error: the book needs at least one author"},
		{"empty language", mdBookTOML, []string{"language="}, "--set language=: error: the book needs a language"},
		{"bad language", mdBookTOML, []string{"language=not a tag"}, `--set language=not a tag: error: language "not a tag" is not a BCP 47 language tag`},
		{"a list for a string", mdBookTOML, []string{"title=[a, b]"}, "--set title=[a, b]: error: title must be a single value, not a list"},
		{"still missing", "[book]\nauthors = [\"A\"]\n", []string{"subtitle=S"}, "book.toml:1:1: error: the book needs a title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := LoadWith(mdBookProject(tt.toml), LoadOptions{Overrides: tt.set})
			var lines []string
			for _, d := range diags {
				lines = append(lines, d.String())
				if strings.HasPrefix(d.String(), "book.toml") && !strings.HasPrefix(tt.want, "book.toml") {
					t.Errorf("an override's problem is placed in book.toml: %s", d)
				}
			}
			got := strings.Join(lines, "\n")
			if !strings.Contains(got, tt.want) {
				t.Errorf("diagnostics:\n%s\nwant a line starting %q", got, tt.want)
			}
		})
	}
}
