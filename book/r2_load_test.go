package book

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// deniedFS is a MapFS whose listed files exist but cannot be read, as with
// chmod 000 (tests run as root here, which chmod does not stop).
type deniedFS struct {
	fstest.MapFS
	denied map[string]bool
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if d.denied[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.MapFS.Open(name)
}

func (d deniedFS) ReadFile(name string) ([]byte, error) {
	if d.denied[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.MapFS.ReadFile(name)
}

func pngBytes(t *testing.T, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestUnreadableFiles: a chapter, image or cover that cannot be read is an
// error naming it and the line that uses it.
func TestUnreadableFiles(t *testing.T) {
	img := pngBytes(t, 2, 2)
	fsys := deniedFS{MapFS: fstest.MapFS{
		"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\ncover: c.png\nchapters: [a.md, b.md]\n")},
		"a.md":      {Data: []byte("# A\n\n![x](x.png)\n")},
		"b.md":      {Data: []byte("# B\n")},
		"x.png":     {Data: img},
		"c.png":     {Data: img},
	}, denied: map[string]bool{"b.md": true, "x.png": true, "c.png": true}}
	_, diags := Load(fsys)
	want := []string{
		`a.md:3:1: error: image "x.png": permission denied`,
		`book.yaml:4:8: error: cover "c.png": permission denied`,
		`book.yaml:5:18: error: chapter "b.md": permission denied`,
	}
	if got := diags.Error(); got != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

// TestImageProblems: every way an image can be wrong names the image and
// the chapter line.
func TestImageProblems(t *testing.T) {
	good := pngBytes(t, 4, 4)
	// A PNG whose header is right and whose pixel data is cut short.
	truncated := good[:len(good)-20]
	// A header claiming 20000 × 20000 pixels (IHDR only: DecodeConfig
	// reads no further).
	var huge bytes.Buffer
	png.Encode(&huge, image.NewGray(image.Rect(0, 0, 1, 1)))
	hugeData := huge.Bytes()
	copy(hugeData[16:24], []byte{0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20})
	binary.BigEndian.PutUint32(hugeData[29:33], crc32.ChecksumIEEE(hugeData[12:29]))
	tests := []struct {
		name string
		data []byte
		dir  bool
		want string
	}{
		{"truncated body", truncated, false, `image "i.png" is a corrupt PNG file`},
		{"text file", []byte("hello"), false, `image "i.png" is not a JPEG, PNG or GIF file (the formats Quire supports)`},
		{"huge", hugeData, false, `image "i.png" is 20000 × 20000 pixels: Quire takes images up to 40 million pixels`},
		{"folder", nil, true, `image "i.png": is a directory`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\n")},
				"a.md":      {Data: []byte("# A\n\ntext\n\n![alt](i.png)\n")},
			}
			if tt.dir {
				fsys["i.png/x"] = &fstest.MapFile{Data: []byte("x")}
			} else {
				fsys["i.png"] = &fstest.MapFile{Data: tt.data}
			}
			_, diags := Load(fsys)
			if len(diags) != 1 || !strings.HasPrefix(diags.Error(), "a.md:5:1: error: "+tt.want) {
				t.Errorf("diagnostics:\n%s\nwant a.md:5:1: error: %s…", diags, tt.want)
			}
		})
	}
}

// TestSymlinkedSources: chapters, images, the cover and fonts reached
// through links that leave the book folder are refused, each with an
// error naming the link and where it leads; links that stay inside work.
func TestSymlinkedSources(t *testing.T) {
	tmp := t.TempDir()
	dir, outside := filepath.Join(tmp, "book"), filepath.Join(tmp, "outside")
	ttf, err := os.ReadFile("../assets/fonts/DejaVuSansMono.ttf")
	if err != nil {
		t.Fatal(err)
	}
	img := pngBytes(t, 2, 2)
	files := map[string][]byte{
		"book/book.yaml": []byte("title: T\nauthors: [A]\nlanguage: en\ncover: cover.png\n" +
			"chapters: [a.md, inside.md, leak.md, loop.md, dangling.md, shared/s.md]\n" +
			"pdf:\n  mono-font: font.ttf\n"),
		"book/a.md":              []byte("# A\n\n![in](pics/in.png)\n\n![out](pics/out.png)\n"),
		"book/pics/in.png":       img,
		"outside/secret.md":      []byte("# Secret\n"),
		"outside/secret.png":     img,
		"outside/font.ttf":       ttf,
		"outside/shared/s.md":    []byte("# Shared\n"),
		"outside/shared/pic.png": img,
	}
	for name, data := range files {
		p := filepath.Join(tmp, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{
		"inside.md":    "a.md",
		"leak.md":      filepath.Join(outside, "secret.md"),
		"loop.md":      "loop.md",
		"dangling.md":  "gone.md",
		"shared":       filepath.Join(outside, "shared"),
		"cover.png":    "../outside/secret.png",
		"font.ttf":     filepath.Join(outside, "font.ttf"),
		"pics/out.png": filepath.Join(outside, "secret.png"),
	} {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
	}
	realOut, _ := filepath.EvalSymlinks(outside)
	b, diags := Load(DirFS(dir))
	want := []string{
		`a.md:5:1: error: image "pics/out.png" is a symbolic link to ` + filepath.Join(realOut, "secret.png") + `, outside the book folder`,
		`book.yaml:4:8: error: cover "cover.png" is a symbolic link to ` + filepath.Join(realOut, "secret.png") + `, outside the book folder`,
		`book.yaml:5:29: error: chapter "leak.md" is a symbolic link to ` + filepath.Join(realOut, "secret.md") + `, outside the book folder`,
		`book.yaml:5:38: error: chapter "loop.md" is a symbolic link loop`,
		`book.yaml:5:47: error: chapter "dangling.md" is a symbolic link to ` + filepath.Join(dir, "gone.md"),
		`book.yaml:5:60: error: chapter "shared/s.md": shared is a symbolic link to ` + filepath.Join(realOut, "shared") + `, outside the book folder`,
		`book.yaml:7:14: error: font "font.ttf": font.ttf is a symbolic link to ` + filepath.Join(realOut, "font.ttf") + `, outside the book folder`,
		`inside.md:5:1: error: image "pics/out.png" is a symbolic link to ` + filepath.Join(realOut, "secret.png") + `, outside the book folder`,
	}
	got := strings.Split(diags.Error(), "\n")
	if len(got) != len(want) {
		t.Fatalf("diagnostics:\n%s\nwant:\n%s", diags, strings.Join(want, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("diagnostic %d:\n%s\nwant:\n%s", i, got[i], want[i])
		}
	}
	if len(b.Chapters) != 2 || b.Chapters[1].File != "inside.md" || b.Chapters[1].Title != "A" {
		t.Errorf("chapters %v: the link inside the book should load", b.Chapters)
	}
	for _, img := range b.Images {
		if img.Path != "pics/in.png" {
			t.Errorf("image %s was read", img.Path)
		}
	}
}

// TestScannedSymlinkLoop: a book without a chapter list, whose folder holds
// link loops (to a file and to a folder), fails with an error instead of
// hanging, and its real chapters still load.
func TestScannedSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "book.yaml"), []byte("title: T\nauthors: [A]\nlanguage: en\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("# A\n"), 0o644)
	os.Symlink("b.md", filepath.Join(dir, "b.md"))
	os.Symlink(".", filepath.Join(dir, "again"))
	os.Symlink("again/again/again", filepath.Join(dir, "deep.md"))
	b, diags := Load(DirFS(dir))
	want := "book.yaml:1:1: error: chapter \"b.md\" is a symbolic link loop\n" +
		"book.yaml:1:1: error: chapter \"deep.md\" is a folder, not a Markdown file"
	if diags.Error() != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", diags, want)
	}
	if len(b.Chapters) != 1 {
		t.Errorf("%d chapters", len(b.Chapters))
	}
}

func TestRelTo(t *testing.T) {
	tests := []struct{ base, target, want string }{
		{".", "img/a.png", "img/a.png"},
		{"sub", "sub/a.png", "a.png"},
		{"sub", "img/a.png", "../img/a.png"},
		{"a/b", "a/c/x.png", "../c/x.png"},
		{"a/b", "x.png", "../../x.png"},
	}
	for _, tt := range tests {
		if got := relTo(tt.base, tt.target); got != tt.want {
			t.Errorf("relTo(%q, %q) = %q, want %q", tt.base, tt.target, got, tt.want)
		}
	}
}

func TestClosest(t *testing.T) {
	tests := []struct {
		word  string
		cands []string
		want  string
	}{
		{"instalation", []string{"installation", "usage"}, "installation"},
		{"Setup", []string{"setup", "set"}, "setup"},
		{"nope", []string{"one", "summary"}, ""},
		{"a", []string{"b"}, "b"},
		{"intro", []string{"intro"}, ""},
	}
	for _, tt := range tests {
		if got := closest(tt.word, tt.cands); got != tt.want {
			t.Errorf("closest(%q, %v) = %q, want %q", tt.word, tt.cands, got, tt.want)
		}
	}
}

func TestGrouped(t *testing.T) {
	ds := Diagnostics{
		{Pos{"b.md", 1, 1}, Warning, "w1"},
		{Pos{"a.md", 9, 1}, Error, "e2"},
		{Pos{"a.md", 2, 1}, Warning, "w0"},
		{Pos{"a.md", 3, 1}, Error, "e1"},
	}
	var got []string
	for _, d := range ds.Grouped() {
		got = append(got, d.Message)
	}
	if strings.Join(got, " ") != "e1 e2 w0 w1" {
		t.Errorf("grouped %v", got)
	}
	if e, w := ds.Count(); e != 2 || w != 2 {
		t.Errorf("count %d %d", e, w)
	}
}

func TestChapterSizeCap(t *testing.T) {
	big := bytes.Repeat([]byte("word "), (maxSourceBytes/5)+1)
	fsys := fstest.MapFS{
		"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\n")},
		"a.md":      {Data: append([]byte("# A\n\n"), big...)},
	}
	_, diags := Load(fsys)
	if !strings.Contains(diags.Error(), `a.md:1:1: error: "a.md" is 5.0 MB: Quire takes text files up to 5 MB`) {
		t.Errorf("diagnostics:\n%s", diags)
	}
}
