package preview

import (
	"path/filepath"
	"strings"
)

// Ignore decides which paths under a watched book folder never cause a
// rebuild: editor temporary files, Quire's own editions, version-control
// folders and the output folders.
type Ignore struct {
	// Root is the watched folder (absolute and clean): only the part of a
	// path below it is searched for version-control folders. Watcher.Run
	// sets it.
	Root string
	// Out lists folders the rebuilds write into, absolute and clean
	// (Watcher.Run resolves their symbolic links, as it does the root's).
	Out []string
}

// vcsDirs are version-control folders: a book never reads them, and a
// commit would otherwise rebuild the book.
var vcsDirs = map[string]bool{".git": true, ".hg": true, ".svn": true, ".jj": true, ".bzr": true}

// Match reports whether an event for path (absolute and clean) is ignored.
func (ig Ignore) Match(path string, isDir bool) bool {
	for _, out := range ig.Out {
		if path == out || strings.HasPrefix(path, out+string(filepath.Separator)) {
			return true
		}
	}
	rel := path
	if ig.Root != "" {
		if r, err := filepath.Rel(ig.Root, path); err == nil {
			rel = r
		}
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if vcsDirs[part] {
			return true
		}
	}
	if isDir {
		return false
	}
	return IgnoredName(filepath.Base(path))
}

// IgnoredName reports whether a file name is one a book never reads and
// editors or Quire write while saving: backups (name~), Vim swap files
// (.name.swp, .swo…) and its write test (4913), Emacs locks and auto-saves
// (.#name, #name#), JetBrains and GNOME safe-write files, Kate swap files,
// *.tmp, Quire's temporary editions (.name.epub.tmp-123) and the editions
// themselves (*.epub, *.pdf: a book reads no such file).
func IgnoredName(name string) bool {
	lower := strings.ToLower(name)
	switch {
	case name == "" || strings.HasSuffix(name, "~"):
		return true
	case strings.HasPrefix(name, ".#"), strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true
	case isVimSwap(lower), allDigits(name):
		return true
	case strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"):
		return true
	case strings.HasPrefix(name, ".goutputstream-"), strings.HasSuffix(lower, ".kate-swp"):
		return true
	case strings.HasSuffix(lower, ".tmp"), strings.Contains(lower, ".tmp-"):
		return true
	case strings.HasSuffix(lower, ".epub"), strings.HasSuffix(lower, ".pdf"):
		return true
	}
	return false
}

// isVimSwap matches .swp, .swo, … .swa (Vim tries them in that order) and
// .swx (its test for a writable folder).
func isVimSwap(lower string) bool {
	ext := filepath.Ext(lower)
	return len(ext) == 4 && strings.HasPrefix(ext, ".sw") && ext[3] >= 'a' && ext[3] <= 'x'
}

// allDigits matches Vim's write test file "4913" (and the numbers it tries
// after it): a book names no file without an extension made of digits.
func allDigits(name string) bool {
	for _, r := range name {
		if r < '0' || r > '9' {
			return false
		}
	}
	return name != ""
}
