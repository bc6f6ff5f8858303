package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/internal/validate"
)

// Several Markdown files on the command line are one book, in that order,
// as Pandoc reads them (quire build a.md b.md).

const pandocFiles = "testdata/pandoc-files"

func chapterTitles(b *book.Book) []string {
	var out []string
	for _, ch := range b.Chapters {
		out = append(out, ch.Title)
	}
	return out
}

func TestMarkdownFiles(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "book")
	mdFolder := filepath.Join(dir, "odd.md") // a folder whose name ends in .md
	os.Mkdir(folder, 0o755)
	os.Mkdir(mdFolder, 0o755)
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.MD")
	os.WriteFile(a, []byte("# A\n"), 0o644)
	os.WriteFile(b, []byte("# B\n"), 0o644)
	tests := []struct {
		name    string
		sources []string
		files   []string
		err     string
	}{
		{"one file is a one-file book", []string{a}, nil, ""},
		{"one folder", []string{folder}, nil, ""},
		{"files are one book, in order", []string{b, a}, []string{b, a}, ""},
		{"a missing .md file still counts as a file", []string{a, filepath.Join(dir, "later.md")}, []string{a, filepath.Join(dir, "later.md")}, ""},
		{"folders are a batch", []string{folder, mdFolder}, nil, ""},
		{"a file and a folder", []string{a, folder}, nil, a + " is a Markdown file but " + folder + " is not"},
		{"a folder named .md is a folder", []string{mdFolder, a}, nil, a + " is a Markdown file but " + mdFolder + " is not"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, err := markdownFiles(tt.sources)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(files, tt.files) {
				t.Errorf("got %q, %v; want %q", files, err, tt.files)
			}
		})
	}
}

// TestBuildFiles: front matter of the first file for the metadata; the
// chapters in the order given, from two folders; links between them.
func TestBuildFiles(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	out := t.TempDir()
	files := []string{pandocFiles + "/title.md", pandocFiles + "/chapters/02-neaps.md", pandocFiles + "/chapters/01-springs.md"}
	code, stdout, stderr := quire(t, append([]string{"build", "-o", out}, files...)...)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if strings.Contains(stderr, "warning") {
		t.Errorf("warnings:\n%s", stderr)
	}
	epub := filepath.Join(out, "tide-tables.epub")
	for _, f := range []string{epub, filepath.Join(out, "tide-tables.pdf")} {
		if !strings.Contains(stdout, "wrote "+f+" (") {
			t.Errorf("stdout lacks %s:\n%s", f, stdout)
		}
	}
	b, base, diags, err := loadFiles(files, book.LoadOptions{})
	if err != nil || len(diags) > 0 {
		t.Fatalf("%v %v", err, diags)
	}
	if base != pandocFiles {
		t.Errorf("book folder %q, want %q", base, pandocFiles)
	}
	if b.Meta.Title != "Tide Tables" || strings.Join(b.Meta.AuthorNames(), ",") != "Mara Quell" || b.Meta.Date != "2022-07" {
		t.Errorf("metadata %+v", b.Meta)
	}
	want := []string{"Tide Tables", "Neap Tides", "Spring Tides"}
	if got := chapterTitles(b); !reflect.DeepEqual(got, want) {
		t.Errorf("chapters %q, want %q", got, want)
	}
	validate.Require(t, "epubcheck")
	nav, err := validate.EPUBNav(epub)
	if err != nil {
		t.Fatal(err)
	}
	var top []string
	for _, o := range nav {
		if o.Depth == 1 {
			top = append(top, o.Title)
		}
	}
	if !reflect.DeepEqual(top, want) {
		t.Errorf("EPUB nav %q, want %q", top, want)
	}
	r, err := validate.EPUBCheck(epub)
	if err != nil {
		t.Fatal(err)
	}
	if r.Fatal+r.Errors+r.Warnings > 0 {
		t.Errorf("EPUBCheck: %s", strings.Join(r.Messages, "\n"))
	}
}

// TestBuildFilesMetadataYAML: a metadata.yaml in the files' folder holds
// the metadata (Pandoc's keys), and the order is the command line's.
func TestBuildFilesMetadataYAML(t *testing.T) {
	dir := "../../book/testdata/valid/pandoc-book"
	files := []string{dir + "/03-identifying.md", dir + "/01-introduction.md"}
	b, base, diags, err := loadFiles(files, book.LoadOptions{Overrides: []string{"subtitle=Two Chapters"}})
	if err != nil || diags.HasErrors() {
		t.Fatalf("%v\n%v", err, diags)
	}
	if base != dir || b.Meta.Title != "Field Notes on Moss" || b.Meta.Subtitle != "Two Chapters" || b.Meta.Language != "en-GB" {
		t.Errorf("base %q, meta %+v", base, b.Meta)
	}
	if got, want := chapterTitles(b), []string{"Telling Them Apart", "Introduction"}; !reflect.DeepEqual(got, want) {
		t.Errorf("chapters %q, want %q", got, want)
	}
}

func TestBuildFilesErrors(t *testing.T) {
	dir := writeBook(t, map[string]string{
		"bare.md":  "# Bare\n\nNo front matter.\n",
		"two.md":   "# Two\n\nA [link](nowhere.md).\n",
		"front.md": "---\ntitle: T\nauthors: [A]\nlanguage: en\n---\n\n# One\n",
	})
	os.Mkdir(filepath.Join(dir, "folder"), 0o755)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"a file and a folder", []string{filepath.Join(dir, "front.md"), filepath.Join(dir, "folder")}, exitUsage,
			"quire build: " + filepath.Join(dir, "front.md") + " is a Markdown file but " + filepath.Join(dir, "folder") + " is not: give either Markdown files"},
		{"a missing file", []string{filepath.Join(dir, "front.md"), filepath.Join(dir, "gone.md")}, exitBook,
			"quire build: cannot read " + filepath.Join(dir, "gone.md") + ": no such file or directory"},
		{"no metadata", []string{filepath.Join(dir, "bare.md"), filepath.Join(dir, "two.md")}, exitBook,
			filepath.Join(dir, "bare.md") + ":1:1: error: the book's metadata is missing"},
		{"a warning names the file as given", []string{filepath.Join(dir, "front.md"), filepath.Join(dir, "two.md")}, exitOK,
			filepath.Join(dir, "two.md") + ":3:3: warning: "},
		{"the same file twice", []string{filepath.Join(dir, "front.md"), filepath.Join(dir, "front.md")}, exitBook,
			"front.md is given twice"},
		{"--set applies to the first file's front matter", []string{filepath.Join(dir, "front.md"), filepath.Join(dir, "two.md"), "--set", "toc-depth=0"}, exitBook,
			"--set toc-depth=0: error: toc-depth must be a whole number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"build", "-o", t.TempDir(), "--format", "epub"}, tt.args...)
			code, _, stderr := quire(t, args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d (want %d)\n%s\nwant %q", code, tt.code, stderr, tt.want)
			}
		})
	}
}
