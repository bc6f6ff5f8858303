package book

import (
	"bytes"
	"errors"
	"io/fs"
	"unicode/utf8"
)

// readSource reads a text file of the book: it must be UTF-8 (a BOM is
// dropped, CRLF line ends become LF).
func readSource(fsys fs.FS, name string, at Pos, d *diags) ([]byte, bool) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		d.errorf(at, "cannot read %q: %s", name, describeFSError(err))
		return nil, false
	}
	if info.IsDir() {
		d.errorf(at, "%q is a directory, not a Markdown file", name)
		return nil, false
	}
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		d.errorf(at, "cannot read %q: %s", name, describeFSError(err))
		return nil, false
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	if !utf8.Valid(src) {
		off := 0
		for off < len(src) {
			r, n := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line, col := lineCol(lineStarts(src), src, off)
		d.errorf(Pos{File: name, Line: line, Col: col}, "not UTF-8: invalid byte 0x%02x; save the file as UTF-8", src[off])
		return nil, false
	}
	return src, true
}

func describeFSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// splitFrontMatter separates a leading YAML block fenced by "---" lines from
// the Markdown body. It returns the YAML, the body and the number of lines
// before the body; ok is false when the block is opened but never closed.
func splitFrontMatter(src []byte) (yml, body []byte, lines int, has, ok bool) {
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return nil, src, 0, false, true
	}
	rest := src[4:]
	off := 4
	lines = 1
	for len(rest) > 0 {
		i := bytes.IndexByte(rest, '\n')
		line := rest
		if i >= 0 {
			line = rest[:i]
		}
		next := len(line)
		if i >= 0 {
			next++
		}
		if t := bytes.TrimRight(line, " \t"); string(t) == "---" || string(t) == "..." {
			return src[4:off], src[off+next:], lines + 1, true, true
		}
		rest = rest[next:]
		off += next
		lines++
	}
	return nil, src, 0, true, false
}

// readFile reads a binary file of the book (an image), refusing folders.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, errors.New("is a directory")
	}
	return fs.ReadFile(fsys, name)
}
