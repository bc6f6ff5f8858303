package preview

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Default debounce delays: an editor's save is a burst of events within a
// few milliseconds; a build started sooner than Quiet after the last one
// would read a half-written file.
const (
	DefaultQuiet   = 100 * time.Millisecond
	DefaultMaxWait = time.Second
)

// Watcher rebuilds a book whenever a file in its folder changes: it
// watches the folder and every subfolder (new ones too), ignores what
// Ignore matches, gathers bursts of events with a Debouncer, and runs
// Build, never two at once.
type Watcher struct {
	// Root is the book folder.
	Root   string
	Ignore Ignore
	// Quiet and MaxWait are the Debouncer's delays (zero: the defaults).
	Quiet, MaxWait time.Duration
	// Build runs one rebuild. changed is nil for the first one, else the
	// changed paths (absolute). It returns the files the rebuild read: a
	// later batch of changes to those files only is skipped when their
	// contents are what this rebuild read.
	Build func(changed []string) (inputs []string)
	// Skipped, when set, hears of a batch that was not rebuilt because no
	// file's contents changed.
	Skipped func(changed []string)
	// Warn, when set, hears of a folder that cannot be watched.
	Warn func(error)
}

// Run watches and rebuilds until ctx is done; the first rebuild starts at
// once. It returns without waiting for a rebuild in progress.
func (w *Watcher) Run(ctx context.Context) error {
	// Events name paths under the folder as watched: its real path, and
	// every path compared with them is made real the same way.
	root := canonical(w.Root)
	if info, err := os.Stat(root); err != nil {
		return fmt.Errorf("cannot watch %s: %w", w.Root, err)
	} else if !info.IsDir() {
		return fmt.Errorf("cannot watch %s: not a folder", w.Root)
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("cannot watch %s: %w", w.Root, err)
	}
	defer fsw.Close()
	ig := Ignore{Root: root}
	for _, out := range w.Ignore.Out {
		ig.Out = append(ig.Out, canonical(out))
	}
	w.Ignore = ig
	if err := w.addTree(fsw, root); err != nil {
		return err
	}

	deb := Debouncer{Quiet: w.Quiet, MaxWait: w.MaxWait}
	if deb.Quiet == 0 {
		deb.Quiet = DefaultQuiet
	}
	if deb.MaxWait == 0 {
		deb.MaxWait = DefaultMaxWait
	}
	fp := newFingerprints()
	var inputs []string
	done := make(chan []string, 1)
	start := func(changed []string) {
		deb.Start()
		go func() { done <- w.Build(changed) }()
	}
	start(nil)

	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		if at, ok := deb.Wake(); ok {
			timer.Reset(time.Until(at))
		} else {
			timer.Stop()
		}
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-fsw.Events:
			if !ok {
				return nil
			}
			p := filepath.Clean(ev.Name)
			isDir := false
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(p); err == nil && info.IsDir() {
					isDir = true
				}
			}
			if w.Ignore.Match(p, isDir) {
				continue
			}
			if isDir {
				// Files may already be inside: the rebuild this event
				// causes reads them.
				if err := w.addTree(fsw, p); err != nil {
					w.warn(err)
				}
			}
			if deb.Running() {
				fp.forget(p) // the rebuild may have read it before or after the change
			}
			deb.Add(p, time.Now())
		case err, ok := <-fsw.Errors:
			if !ok {
				return nil
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				// Events were lost: watch every folder again and rebuild.
				if err := w.addTree(fsw, root); err != nil {
					w.warn(err)
				}
				deb.Add(root, time.Now())
				continue
			}
			w.warn(err)
		case <-timer.C:
			batch, ok := deb.Take(time.Now())
			if !ok {
				continue
			}
			if fp.same(batch) {
				deb.Done()
				if w.Skipped != nil {
					w.Skipped(batch)
				}
				continue
			}
			fp.record(inputs) // as they are before the rebuild reads them
			start(batch)
		case in := <-done:
			inputs = absAll(in)
			deb.Done()
		}
	}
}

// addTree watches dir and every folder under it that Ignore does not
// match. A folder that cannot be watched is reported, not fatal, unless
// it is dir itself.
func (w *Watcher) addTree(fsw *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return fmt.Errorf("cannot watch %s: %w", p, err)
			}
			w.warn(fmt.Errorf("cannot watch %s: %w", p, err))
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && w.Ignore.Match(p, true) {
			return filepath.SkipDir
		}
		if err := fsw.Add(p); err != nil {
			if p == dir {
				return fmt.Errorf("cannot watch %s: %w", p, err)
			}
			w.warn(fmt.Errorf("cannot watch %s: %w", p, err))
		}
		return nil
	})
}

func (w *Watcher) warn(err error) {
	if w.Warn != nil {
		w.Warn(err)
	}
}

func absAll(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = canonical(p)
	}
	return out
}

// canonical is p absolute, with the symbolic links on its way resolved as
// far as it exists (SOURCE may be a link to the book folder).
func canonical(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	if dir := filepath.Dir(abs); dir != abs {
		return filepath.Join(canonical(dir), filepath.Base(abs))
	}
	return abs
}
