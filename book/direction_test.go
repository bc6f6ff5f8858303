package book

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestMetadataRTL(t *testing.T) {
	tests := []struct {
		lang, dir string
		want      bool
	}{
		{"en", "", false},
		{"ar", "", true},
		{"he-IL", "", true},
		{"fa", "", true},
		{"ur", "", true},
		{"ckb", "", true},
		{"dv", "", true},
		{"ku-Arab", "", true},
		{"ar-Latn", "", false},
		{"en", RTL, true},
		{"ar", LTR, false},
		{"he", RTL, true},
		{"fr", LTR, false},
	}
	for _, tc := range tests {
		m := Metadata{Language: tc.lang, Direction: tc.dir}
		if got := m.RTL(); got != tc.want {
			t.Errorf("Metadata{Language: %q, Direction: %q}.RTL() = %v, want %v", tc.lang, tc.dir, got, tc.want)
		}
		want := LTR
		if tc.want {
			want = RTL
		}
		if got := m.Dir(); got != want {
			t.Errorf("Metadata{Language: %q, Direction: %q}.Dir() = %q, want %q", tc.lang, tc.dir, got, want)
		}
	}
}

// TestDirectionSetting reads the direction from each kind of manifest:
// book.yaml's direction, Pandoc's dir (metadata.yaml, a file's front
// matter) and mdBook's text-direction.
func TestDirectionSetting(t *testing.T) {
	const ch = "# One\n\nText.\n"
	tests := []struct {
		name  string
		files fstest.MapFS
		file  string // a one-file book's file; "" for a folder
		want  string // Metadata.Direction
		rtl   bool
		diags string
	}{
		{"book.yaml rtl", fstest.MapFS{
			"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\ndirection: rtl\nchapters: [one.md]\n")},
			"one.md":    {Data: []byte(ch)},
		}, "", RTL, true, ""},
		{"book.yaml ltr on Arabic", fstest.MapFS{
			"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: ar\ndirection: LTR\nchapters: [one.md]\n")},
			"one.md":    {Data: []byte(ch)},
		}, "", LTR, false, ""},
		{"book.yaml auto", fstest.MapFS{
			"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: he\ndirection: auto\nchapters: [one.md]\n")},
			"one.md":    {Data: []byte(ch)},
		}, "", "", true, ""},
		{"book.yaml typo", fstest.MapFS{
			"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\ndirection: rlt\nchapters: [one.md]\n")},
			"one.md":    {Data: []byte(ch)},
		}, "", "", false, `book.yaml:4:12: error: direction "rlt" is not ltr, rtl or auto; did you mean "rtl"?`},
		{"book.yaml spelled out", fstest.MapFS{
			"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\ndirection: left-to-right\nchapters: [one.md]\n")},
			"one.md":    {Data: []byte(ch)},
		}, "", "", false, `book.yaml:4:12: error: direction "left-to-right" is not ltr, rtl or auto; did you mean "ltr"?`},
		{"book.yaml not a direction", fstest.MapFS{
			"book.yaml": {Data: []byte("title: T\nauthors: [A]\nlanguage: en\ndirection: sideways\nchapters: [one.md]\n")},
			"one.md":    {Data: []byte(ch)},
		}, "", "", false, `book.yaml:4:12: error: direction "sideways" is not ltr, rtl or auto`},
		{"Pandoc metadata.yaml dir", fstest.MapFS{
			"metadata.yaml": {Data: []byte("title: T\nauthor: A\nlang: en\ndir: rtl\n")},
			"one.md":        {Data: []byte(ch)},
		}, "", RTL, true, ""},
		{"front matter dir", fstest.MapFS{
			"one.md": {Data: []byte("---\ntitle: T\nauthor: A\nlang: ar\ndir: ltr\n---\n" + ch)},
		}, "one.md", LTR, false, ""},
		{"mdBook text-direction", fstest.MapFS{
			"book.toml":      {Data: []byte("[book]\ntitle = \"T\"\nauthors = [\"A\"]\nlanguage = \"en\"\ntext-direction = \"rtl\"\n")},
			"src/SUMMARY.md": {Data: []byte("- [One](one.md)\n")},
			"src/one.md":     {Data: []byte(ch)},
		}, "", RTL, true, ""},
		{"mdBook bad text-direction", fstest.MapFS{
			"book.toml":      {Data: []byte("[book]\ntitle = \"T\"\nauthors = [\"A\"]\ntext-direction = \"rtll\"\n")},
			"src/SUMMARY.md": {Data: []byte("- [One](one.md)\n")},
			"src/one.md":     {Data: []byte(ch)},
		}, "", "", false, `book.toml:4:1: error: text-direction "rtll" is not ltr, rtl or auto; did you mean "rtl"?`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b *Book
			var ds Diagnostics
			if tc.file != "" {
				b, ds = LoadFile(tc.files, tc.file)
			} else {
				b, ds = Load(tc.files)
			}
			var got []string
			for _, d := range ds {
				if d.Severity == Error {
					got = append(got, d.String())
				}
			}
			if g := strings.Join(got, "\n"); g != tc.diags {
				t.Fatalf("diagnostics:\n%s\nwant:\n%s", g, tc.diags)
			}
			if b.Meta.Direction != tc.want || b.Meta.RTL() != tc.rtl {
				t.Errorf("Direction %q, RTL %v; want %q, %v", b.Meta.Direction, b.Meta.RTL(), tc.want, tc.rtl)
			}
		})
	}
}
