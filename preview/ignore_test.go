package preview

import (
	"path/filepath"
	"testing"
)

func TestIgnore(t *testing.T) {
	root := filepath.FromSlash("/books/mine")
	out := filepath.FromSlash("/books/mine/build")
	ig := Ignore{Root: root, Out: []string{out}}
	tests := []struct {
		path  string
		dir   bool
		want  bool
		about string
	}{
		{"book.yaml", false, false, "the manifest"},
		{"chapters/one.md", false, false, "a chapter"},
		{"images/fig.png", false, false, "an image"},
		{"fonts/Text.ttf", false, false, "a font"},
		{"SUMMARY.md", false, false, "mdBook's summary"},
		{"images", true, false, "a folder"},
		{"build", true, true, "the output folder"},
		{"build/x.epub", false, true, "an edition"},
		{"build/notes.md", false, true, "anything in the output folder"},
		{"builder/one.md", false, false, "a folder that only starts like the output folder"},
		{".git", true, true, "Git's folder"},
		{".git/index", false, true, "a file in it"},
		{"sub/.hg/store", false, true, "Mercurial's folder, deeper"},
		{"one.md~", false, true, "a backup"},
		{".one.md.swp", false, true, "Vim's swap file"},
		{".one.md.swo", false, true, "Vim's second swap file"},
		{".one.md.swx", false, true, "Vim's folder test"},
		{"4913", false, true, "Vim's write test"},
		{"4913", true, false, "a folder named with digits"},
		{".#one.md", false, true, "an Emacs lock"},
		{"#one.md#", false, true, "an Emacs auto-save"},
		{"one.md___jb_tmp___", false, true, "a JetBrains safe write"},
		{"one.md___jb_old___", false, true, "a JetBrains backup"},
		{".goutputstream-X1Y2Z3", false, true, "a GNOME safe write"},
		{"one.md.kate-swp", false, true, "a Kate swap file"},
		{"one.tmp", false, true, "a temporary file"},
		{".x.epub.tmp-1234", false, true, "Quire's temporary edition"},
		{"elsewhere/x.PDF", false, true, "an edition elsewhere"},
		{"one.md.swap", false, false, "not a Vim extension"},
		{"2024.md", false, false, "a chapter named with digits"},
		{"#notes.md", false, false, "a name that only starts with #"},
	}
	for _, tt := range tests {
		t.Run(tt.about, func(t *testing.T) {
			p := filepath.Join(root, filepath.FromSlash(tt.path))
			if got := ig.Match(p, tt.dir); got != tt.want {
				t.Errorf("Match(%s, dir=%v) = %v, want %v", tt.path, tt.dir, got, tt.want)
			}
		})
	}
}

// TestIgnoreRootInsideVCS: a book kept under a folder named like a
// version-control folder is still watched; only the part below the root
// counts.
func TestIgnoreRootInsideVCS(t *testing.T) {
	root := filepath.FromSlash("/home/me/.jj/books/mine")
	ig := Ignore{Root: root}
	if ig.Match(filepath.Join(root, "one.md"), false) {
		t.Error("a chapter of a book under .jj/ is ignored")
	}
	if !ig.Match(filepath.Join(root, ".jj", "x"), false) {
		t.Error("the book's own .jj/ is not ignored")
	}
}
