package book

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// ErrOutside is the error (tested with errors.Is) of a path that a symbolic
// link takes outside the book folder.
var ErrOutside = errors.New("outside the book folder")

// ErrLinkLoop is the error (tested with errors.Is) of a symbolic link that
// leads, through other links, back to itself.
var ErrLinkLoop = errors.New("symbolic link loop")

// LinkError explains why DirFS refused a path with a symbolic link in it:
// Link is the slash-separated name of the link inside the book folder,
// Target where it leads.
type LinkError struct {
	Link   string
	Target string
	err    error // ErrOutside, ErrLinkLoop or fs.ErrNotExist
}

func (e *LinkError) Error() string {
	switch e.err {
	case ErrOutside:
		return fmt.Sprintf("%s is a symbolic link to %s, outside the book folder", e.Link, e.Target)
	case ErrLinkLoop:
		return fmt.Sprintf("%s is a symbolic link loop", e.Link)
	}
	return fmt.Sprintf("%s is a symbolic link to %s, which does not exist", e.Link, e.Target)
}

func (e *LinkError) Unwrap() error { return e.err }

// maxLinks bounds the symbolic links followed for one name.
const maxLinks = 40

// DirFS is the book folder dir as an fs.FS (also fs.StatFS, fs.ReadDirFS and
// fs.ReadFileFS) that keeps every name inside the folder: symbolic links
// are followed only while they stay inside it. A name that a link takes
// outside fails with a *LinkError that errors.Is ErrOutside; a link loop
// with one that errors.Is ErrLinkLoop; a dangling link with one that
// errors.Is fs.ErrNotExist. Directory listings report links as links
// (fs.ModeSymlink), so a walk never follows them.
//
// Every access goes through an os.Root of the folder, opened once, which
// refuses an escape even if a link is swapped in during the access. A name
// the root refuses or cannot find is looked at again link by link, which
// follows what the root does not (absolute links that stay inside) and
// explains what went wrong.
func DirFS(dir string) fs.FS {
	abs, err := filepath.Abs(dir)
	if err == nil {
		abs, err = filepath.EvalSymlinks(abs)
	}
	return &dirFS{root: abs, err: err, openRoot: sync.OnceValues(func() (*os.Root, error) { return os.OpenRoot(abs) })}
}

type dirFS struct {
	root string // absolute, without symbolic links
	err  error  // why the folder cannot be used
	// openRoot opens the folder once; os.Root is safe for concurrent use
	// and closes itself when it is no longer reachable.
	openRoot func() (*os.Root, error)
}

var (
	_ fs.StatFS     = (*dirFS)(nil)
	_ fs.ReadDirFS  = (*dirFS)(nil)
	_ fs.ReadFileFS = (*dirFS)(nil)
)

// resolve turns a name of the book into the name of the same file relative
// to the real root, with no symbolic link left in it.
func (f *dirFS) resolve(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	if f.err != nil {
		return "", &fs.PathError{Op: op, Path: name, Err: unwrapPath(f.err)}
	}
	if name == "." {
		return ".", nil
	}
	real := f.root
	parts := strings.Split(name, "/")
	for i, part := range parts {
		next := filepath.Join(real, part)
		info, err := os.Lstat(next)
		if err != nil {
			return "", &fs.PathError{Op: op, Path: name, Err: unwrapPath(err)}
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			real = next
			continue
		}
		link := strings.Join(parts[:i+1], "/")
		target, err := f.follow(next)
		if err != nil {
			var le *LinkError
			if errors.As(err, &le) {
				le.Link = link
			}
			return "", &fs.PathError{Op: op, Path: name, Err: err}
		}
		real = target
	}
	rel, err := filepath.Rel(f.root, real)
	if err != nil {
		return "", &fs.PathError{Op: op, Path: name, Err: err}
	}
	return filepath.ToSlash(rel), nil
}

// follow resolves the symbolic link at the absolute path p, checking every
// step against the root.
func (f *dirFS) follow(p string) (string, error) {
	for n := 0; ; n++ {
		if n == maxLinks {
			return "", &LinkError{err: ErrLinkLoop}
		}
		t, err := os.Readlink(p)
		if err != nil {
			return "", unwrapPath(err)
		}
		if !filepath.IsAbs(t) {
			t = filepath.Join(filepath.Dir(p), t)
		}
		t = filepath.Clean(t)
		// The target's folder may itself hold links: resolve it, then look
		// at the last element.
		dir, err := filepath.EvalSymlinks(filepath.Dir(t))
		if err != nil {
			if !f.inside(t) {
				return "", &LinkError{Target: t, err: ErrOutside}
			}
			if _, serr := os.Stat(filepath.Dir(t)); serr != nil && !errors.Is(serr, fs.ErrNotExist) {
				return "", &LinkError{err: ErrLinkLoop}
			}
			return "", &LinkError{Target: t, err: fs.ErrNotExist}
		}
		t = filepath.Join(dir, filepath.Base(t))
		if !f.inside(t) {
			if real, err := filepath.EvalSymlinks(t); err == nil {
				t = real
			}
			return "", &LinkError{Target: t, err: ErrOutside}
		}
		info, err := os.Lstat(t)
		if err != nil {
			return "", &LinkError{Target: t, err: fs.ErrNotExist}
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			return t, nil
		}
		p = t
	}
}

// inside reports whether the absolute, clean path p is the root or below it.
func (f *dirFS) inside(p string) bool {
	if p == f.root {
		return true
	}
	prefix := f.root
	if !strings.HasSuffix(prefix, string(filepath.Separator)) {
		prefix += string(filepath.Separator)
	}
	return strings.HasPrefix(p, prefix)
}

// withRoot runs do on name inside the os.Root of the folder: first on the
// name as it is (the root follows the relative links that stay inside
// it), then, when that fails, on the name resolve gives, whose answer and
// error stand.
func (f *dirFS) withRoot(op, name string, do func(r *os.Root, rel string) error) error {
	if !fs.ValidPath(name) || f.err != nil {
		_, err := f.resolve(op, name)
		return err
	}
	r, err := f.openRoot()
	if err != nil {
		return &fs.PathError{Op: op, Path: name, Err: unwrapPath(err)}
	}
	if do(r, name) == nil {
		return nil
	}
	rel, err := f.resolve(op, name)
	if err != nil {
		return err
	}
	if err := do(r, rel); err != nil {
		return &fs.PathError{Op: op, Path: name, Err: unwrapPath(err)}
	}
	return nil
}

func (f *dirFS) Open(name string) (fs.File, error) {
	var file *os.File
	err := f.withRoot("open", name, func(r *os.Root, rel string) (err error) {
		file, err = r.Open(rel)
		return err
	})
	if err != nil {
		return nil, err
	}
	return file, nil
}

func (f *dirFS) Stat(name string) (fs.FileInfo, error) {
	var info fs.FileInfo
	err := f.withRoot("stat", name, func(r *os.Root, rel string) (err error) {
		info, err = r.Stat(rel)
		return err
	})
	return info, err
}

func (f *dirFS) ReadFile(name string) ([]byte, error) {
	var data []byte
	err := f.withRoot("read", name, func(r *os.Root, rel string) (err error) {
		data, err = r.ReadFile(rel)
		return err
	})
	return data, err
}

func (f *dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	var des []fs.DirEntry
	err := f.withRoot("readdir", name, func(r *os.Root, rel string) (err error) {
		des, err = fs.ReadDir(r.FS(), rel)
		return err
	})
	return des, err
}

// unwrapPath drops an *fs.PathError's operation and path, which the caller
// states in its own words.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
