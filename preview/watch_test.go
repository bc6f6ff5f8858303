package preview

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// watching runs a Watcher on a scratch folder and hands each rebuild's
// batch to the test; the rebuild reads every .md file of the folder.
type watching struct {
	t       *testing.T
	root    string
	batches chan []string
	skipped chan []string
	running atomic.Int32
	overlap atomic.Bool
}

func startWatching(t *testing.T, files map[string]string) *watching {
	t.Helper()
	root := t.TempDir()
	for name, text := range files {
		write(t, filepath.Join(root, name), text)
	}
	w := &watching{t: t, root: root, batches: make(chan []string, 16), skipped: make(chan []string, 16)}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	wt := &Watcher{
		Root:    root,
		Ignore:  Ignore{Out: []string{filepath.Join(root, "build")}},
		Quiet:   30 * time.Millisecond,
		MaxWait: 500 * time.Millisecond,
		Build: func(changed []string) []string {
			if w.running.Add(1) > 1 {
				w.overlap.Store(true)
			}
			defer w.running.Add(-1)
			time.Sleep(20 * time.Millisecond) // a rebuild takes time: events come meanwhile
			var inputs []string
			filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
				if err == nil && strings.HasSuffix(p, ".md") {
					inputs = append(inputs, p)
				}
				return nil
			})
			w.batches <- changed
			return inputs
		},
		Skipped: func(changed []string) { w.skipped <- changed },
		Warn:    func(err error) { t.Errorf("watcher: %v", err) },
	}
	go func() { done <- wt.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
		if w.overlap.Load() {
			t.Error("two rebuilds ran at once")
		}
	})
	if b := w.next(); b != nil {
		t.Fatalf("first rebuild got %q, want nil", b)
	}
	return w
}

func write(t *testing.T, p, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// next waits for the next rebuild's batch, relative to the root.
func (w *watching) next() []string {
	w.t.Helper()
	select {
	case b := <-w.batches:
		if b == nil {
			return nil
		}
		rel := []string{}
		for _, p := range b {
			r, _ := filepath.Rel(w.root, p)
			rel = append(rel, filepath.ToSlash(r))
		}
		slices.Sort(rel)
		return rel
	case <-time.After(10 * time.Second):
		w.t.Fatal("no rebuild within 10 s")
	}
	return nil
}

// quiet checks that no rebuild comes for a while.
func (w *watching) quiet(why string) {
	w.t.Helper()
	select {
	case b := <-w.batches:
		w.t.Fatalf("%s: a rebuild ran for %q", why, b)
	case <-time.After(300 * time.Millisecond):
	}
}

func TestWatcherRebuildsOnChange(t *testing.T) {
	w := startWatching(t, map[string]string{"book.yaml": "title: x\n", "one.md": "# One\n"})

	write(t, filepath.Join(w.root, "one.md"), "# One, changed\n")
	if b := w.next(); !slices.Equal(b, []string{"one.md"}) {
		t.Errorf("after a save: batch %q", b)
	}

	// A burst of saves to several files is one rebuild.
	for i := range 5 {
		write(t, filepath.Join(w.root, "one.md"), strings.Repeat("x", i))
		write(t, filepath.Join(w.root, "book.yaml"), strings.Repeat("y", i))
	}
	if b := w.next(); !slices.Equal(b, []string{"book.yaml", "one.md"}) {
		t.Errorf("after a burst: batch %q", b)
	}
	w.quiet("after a burst")
}

func TestWatcherNewSubfolders(t *testing.T) {
	w := startWatching(t, map[string]string{"book.yaml": "title: x\n"})
	if err := os.MkdirAll(filepath.Join(w.root, "part", "deep"), 0o755); err != nil {
		t.Fatal(err)
	}
	if b := w.next(); len(b) == 0 || b[0] != "part" {
		t.Errorf("after a new folder: batch %q", b)
	}
	write(t, filepath.Join(w.root, "part", "deep", "new.md"), "# New\n")
	if b := w.next(); !slices.Equal(b, []string{"part/deep/new.md"}) {
		t.Errorf("after a file in a new folder: batch %q", b)
	}
}

func TestWatcherIgnores(t *testing.T) {
	w := startWatching(t, map[string]string{"book.yaml": "title: x\n", "one.md": "# One\n"})
	write(t, filepath.Join(w.root, ".one.md.swp"), "swap")
	write(t, filepath.Join(w.root, "4913"), "")
	write(t, filepath.Join(w.root, "one.md~"), "backup")
	write(t, filepath.Join(w.root, "build", "x.epub"), "edition")
	write(t, filepath.Join(w.root, "build", "sub", "notes.md"), "in the output folder")
	write(t, filepath.Join(w.root, ".git", "index"), "git")
	w.quiet("after editor and output files only")
	write(t, filepath.Join(w.root, "one.md"), "# One, for real\n")
	if b := w.next(); !slices.Equal(b, []string{"one.md"}) {
		t.Errorf("batch %q, want only one.md", b)
	}
}

// TestWatcherSkipsUnchangedContents: a save that leaves a file as the
// last rebuild read it does not rebuild; a real change after it does.
func TestWatcherSkipsUnchangedContents(t *testing.T) {
	w := startWatching(t, map[string]string{"book.yaml": "title: x\n", "one.md": "# One\n"})
	// The first change is rebuilt (nothing is known of the files yet) and
	// the files are fingerprinted as that rebuild reads them.
	write(t, filepath.Join(w.root, "one.md"), "# One, changed\n")
	w.next()
	write(t, filepath.Join(w.root, "one.md"), "# One, changed\n")
	select {
	case b := <-w.skipped:
		if len(b) != 1 || filepath.Base(b[0]) != "one.md" {
			t.Errorf("skipped %q", b)
		}
	case b := <-w.batches:
		t.Fatalf("an unchanged save was rebuilt: %q", b)
	case <-time.After(10 * time.Second):
		t.Fatal("the unchanged save was neither rebuilt nor skipped")
	}
	write(t, filepath.Join(w.root, "one.md"), "# One, changed again\n")
	if b := w.next(); !slices.Equal(b, []string{"one.md"}) {
		t.Errorf("batch %q", b)
	}
}

func TestWatcherMissingRoot(t *testing.T) {
	w := &Watcher{Root: filepath.Join(t.TempDir(), "nope"), Build: func([]string) []string { return nil }}
	if err := w.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "cannot watch") {
		t.Errorf("Run on a missing folder: %v", err)
	}
}

// TestWatcherLinkedRoot: SOURCE may be a symbolic link to the book folder.
func TestWatcherLinkedRoot(t *testing.T) {
	real := t.TempDir()
	write(t, filepath.Join(real, "one.md"), "# One\n")
	link := filepath.Join(t.TempDir(), "book")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	batches := make(chan []string, 4)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &Watcher{Root: link, Quiet: 20 * time.Millisecond, Build: func(changed []string) []string {
		batches <- changed
		return []string{filepath.Join(link, "one.md")}
	}}
	go w.Run(ctx)
	for i, change := range []string{"", "# One, changed\n"} {
		if change != "" {
			write(t, filepath.Join(link, "one.md"), change)
		}
		select {
		case b := <-batches:
			if i == 1 && (len(b) != 1 || filepath.Base(b[0]) != "one.md") {
				t.Errorf("batch %q", b)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("rebuild %d did not come", i)
		}
	}
}
