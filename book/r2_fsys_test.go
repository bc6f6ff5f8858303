package book

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// symlinkBook makes, in a scratch folder, a book folder "book" beside an
// "outside" folder, with the links the tests need. It returns the book
// folder and the outside one.
func symlinkBook(t *testing.T) (string, string) {
	t.Helper()
	tmp := t.TempDir()
	bookDir, outside := filepath.Join(tmp, "book"), filepath.Join(tmp, "outside")
	for _, d := range []string{bookDir, outside, filepath.Join(bookDir, "sub"), filepath.Join(outside, "dir")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		filepath.Join(bookDir, "a.md"):                "# A\n",
		filepath.Join(bookDir, "sub", "b.md"):         "# B\n",
		filepath.Join(outside, "secret.md"):           "# Secret\n",
		filepath.Join(outside, "dir", "secret.md"):    "# Secret\n",
		filepath.Join(bookDir, "sub", "deep", "c.md"): "",
	}
	for p, text := range files {
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"in.md":       "a.md",                               // inside -> inside
		"sub/up.md":   "../a.md",                            // inside, through ..
		"abs-in.md":   filepath.Join(bookDir, "a.md"),       // absolute, inside
		"indir":       "sub",                                // a folder inside
		"out.md":      filepath.Join(outside, "secret.md"),  // absolute, outside
		"rel-out.md":  "../outside/secret.md",               // relative, outside
		"outdir":      filepath.Join(outside, "dir"),        // a folder outside
		"chain.md":    "in2.md",                             // a chain that ends outside
		"in2.md":      "out.md",                             //
		"dangling.md": "nowhere.md",                         // inside, missing
		"dang-out.md": filepath.Join(outside, "nowhere.md"), // outside, missing
		"loop1.md":    "loop2.md",                           // a loop
		"loop2.md":    "loop1.md",                           //
		"self.md":     "self.md",                            //
		"sub/loop":    "..",                                 // a folder loop: book/sub/loop -> book
		"passwd.md":   "/etc/passwd",                        // the classic
		"etc":         "/etc",                               //
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(bookDir, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
	return bookDir, outside
}

func TestDirFS(t *testing.T) {
	bookDir, _ := symlinkBook(t)
	fsys := DirFS(bookDir)
	tests := []struct {
		name string
		want string // file contents, or the error wanted: "outside", "loop", "missing", "invalid"
	}{
		{"a.md", "# A\n"},
		{"sub/b.md", "# B\n"},
		{"in.md", "# A\n"},
		{"sub/up.md", "# A\n"},
		{"abs-in.md", "# A\n"},
		{"indir/b.md", "# B\n"},
		{"sub/loop/a.md", "# A\n"},
		{"sub/loop/sub/loop/in.md", "# A\n"},
		{"out.md", "outside"},
		{"rel-out.md", "outside"},
		{"outdir/secret.md", "outside"},
		{"chain.md", "outside"},
		{"passwd.md", "outside"},
		{"etc/passwd", "outside"},
		{"dangling.md", "missing"},
		{"dang-out.md", "outside"},
		{"nope.md", "missing"},
		{"loop1.md", "loop"},
		{"self.md", "loop"},
		{"../outside/secret.md", "invalid"},
		{"/etc/passwd", "invalid"},
		{"sub/../a.md", "invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, rerr := fs.ReadFile(fsys, tt.name)
			_, serr := fs.Stat(fsys, tt.name)
			f, oerr := fsys.Open(tt.name)
			if oerr == nil {
				f.Close()
			}
			for i, err := range []error{rerr, serr, oerr} {
				op := []string{"ReadFile", "Stat", "Open"}[i]
				var want error
				switch tt.want {
				case "outside":
					want = ErrOutside
				case "loop":
					want = ErrLinkLoop
				case "missing":
					want = fs.ErrNotExist
				case "invalid":
					want = fs.ErrInvalid
				}
				switch {
				case want == nil && err != nil:
					t.Errorf("%s: %v", op, err)
				case want != nil && !errors.Is(err, want):
					t.Errorf("%s: error %v, want one that is %v", op, err, want)
				}
			}
			if tt.want == "outside" || tt.want == "loop" || tt.want == "missing" || tt.want == "invalid" {
				if data != nil {
					t.Errorf("read %q", data)
				}
				return
			}
			if string(data) != tt.want {
				t.Errorf("read %q, want %q", data, tt.want)
			}
		})
	}
}

// TestDirFSMessages: the error says which link leads where.
func TestDirFSMessages(t *testing.T) {
	bookDir, outside := symlinkBook(t)
	realOutside, _ := filepath.EvalSymlinks(outside)
	fsys := DirFS(bookDir)
	tests := []struct{ name, want string }{
		{"out.md", "out.md is a symbolic link to " + filepath.Join(realOutside, "secret.md") + ", outside the book folder"},
		{"outdir/secret.md", "outdir is a symbolic link to " + filepath.Join(realOutside, "dir") + ", outside the book folder"},
		{"chain.md", "chain.md is a symbolic link to " + filepath.Join(realOutside, "secret.md") + ", outside the book folder"},
		{"loop1.md", "loop1.md is a symbolic link loop"},
		{"dangling.md", "dangling.md is a symbolic link to "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := fs.Stat(fsys, tt.name)
			var le *LinkError
			if !errors.As(err, &le) || !strings.HasPrefix(le.Error(), tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// TestDirFSListing: a listing shows links as links, so fs.WalkDir never
// follows them (the folder loop sub/loop ends the walk instead of hanging),
// and fstest finds the file system consistent.
func TestDirFSListing(t *testing.T) {
	bookDir, _ := symlinkBook(t)
	fsys := DirFS(bookDir)
	des, err := fs.ReadDir(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, de := range des {
		if de.Name() == "indir" && (de.IsDir() || de.Type()&fs.ModeSymlink == 0) {
			t.Errorf("indir listed as %v, want a link", de.Type())
		}
	}
	done := make(chan int)
	go func() {
		n := 0
		fs.WalkDir(fsys, ".", func(string, fs.DirEntry, error) error { n++; return nil })
		done <- n
	}()
	select {
	case n := <-done:
		if n > 100 {
			t.Errorf("walk visited %d entries", n)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("walking the book hangs")
	}
	if _, err := fs.ReadDir(fsys, "outdir"); !errors.Is(err, ErrOutside) {
		t.Errorf("ReadDir(outdir): %v", err)
	}
	if err := fstest.TestFS(DirFS(filepath.Join(bookDir, "sub", "deep")), "c.md"); err != nil {
		t.Error(err)
	}
}

// TestDirFSRootIsALink: the book folder itself may be reached through a
// link.
func TestDirFSRootIsALink(t *testing.T) {
	bookDir, _ := symlinkBook(t)
	alias := filepath.Join(t.TempDir(), "alias")
	if err := os.Symlink(bookDir, alias); err != nil {
		t.Fatal(err)
	}
	if data, err := fs.ReadFile(DirFS(alias), "in.md"); err != nil || string(data) != "# A\n" {
		t.Errorf("read %q, %v", data, err)
	}
	if _, err := fs.ReadFile(DirFS(alias), "out.md"); !errors.Is(err, ErrOutside) {
		t.Errorf("out.md through the alias: %v", err)
	}
	if _, err := fs.ReadFile(DirFS(filepath.Join(bookDir, "nope")), "a.md"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing root: %v", err)
	}
}
