package book

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	yast "github.com/goccy/go-yaml/ast"
	yparser "github.com/goccy/go-yaml/parser"
	"golang.org/x/text/unicode/norm"
)

// readSource reads a text file of the book: it must be UTF-8 (a BOM is
// dropped, CRLF line ends become LF).
// maxSourceBytes bounds one text file of a book (a chapter, book.yaml): a
// 5 MB chapter is about 850,000 words — War and Peace is 3.2 MB in all —
// and sets in about 45 s; a 50 MB one would take minutes and gigabytes.
const maxSourceBytes = 5 << 20

func tooBig(name string, size int64) string {
	return fmt.Sprintf("%q is %.1f MB: Quire takes text files up to %d MB (about 850,000 words); split it into several chapters",
		name, float64(size)/(1<<20), maxSourceBytes>>20)
}

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
	if info.Size() > maxSourceBytes {
		d.errorf(Pos{File: name, Line: 1, Col: 1}, "%s", tooBig(name, info.Size()))
		return nil, false
	}
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		d.errorf(at, "cannot read %q: %s", name, describeFSError(err))
		return nil, false
	}
	return decodeSource(name, src, d)
}

// decodeSource checks that the text file name is UTF-8, drops a BOM,
// turns CRLF line ends into LF and puts the text in Unicode's composed
// form (NFC).
func decodeSource(name string, src []byte, d *diags) ([]byte, bool) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if bytes.Contains(src, []byte("\r\n")) {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	}
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
	// One form for every text: "é" typed as e and a combining accent (NFD,
	// as macOS file systems and some editors write it) is "é", so that
	// both editions, anchors and searches see the same letters. The file
	// itself is never changed.
	if !norm.NFC.IsNormal(src) {
		src = norm.NFC.Bytes(src)
	}
	return src, true
}

// describeFSError says why a file of the book could not be read, in words
// that follow its name.
func describeFSError(err error) string {
	var le *LinkError
	switch {
	case errors.As(err, &le):
		return le.Error()
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// frontMatter is what splitFrontMatter finds at the top of a Markdown
// file.
type frontMatter struct {
	yml   []byte // the YAML between the fences, when has
	body  []byte // the Markdown: what follows the block, or the whole file
	lines int    // the lines before body
	has   bool   // the file opens with a YAML block (see splitFrontMatter)
	// unclosed: the file opens with "---" and a "key: value" line, as
	// front matter does, but no line closes the block (then it is all
	// Markdown).
	unclosed bool
}

// splitFrontMatter separates a leading YAML block from the Markdown body,
// by Pandoc's rule: the file's first line is "---", the next is not blank,
// a later "---" or "..." line closes the block, and the YAML in between is
// a mapping (see isYAMLMapping). Anything else, such as a thematic break over a
// setext heading (CommonMark's example 96), is Markdown.
func splitFrontMatter(src []byte) frontMatter {
	whole := frontMatter{body: src}
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return whole
	}
	open := bytes.IndexByte(src, '\n') + 1
	first, _, _ := bytes.Cut(src[open:], []byte("\n"))
	if len(bytes.TrimSpace(first)) == 0 {
		return whole // "---" then a blank line: a thematic break
	}
	yml, rest, lines, closed := fenceEnd(src, open)
	if !closed {
		whole.unclosed = looksLikeKey(first)
		return whole
	}
	if !isYAMLMapping(yml, looksLikeKey(first)) {
		return whole
	}
	return frontMatter{yml: yml, body: rest, lines: lines, has: true}
}

// fenceEnd finds the "---" or "..." line that closes the block opened by
// the first line of src (open is where its second line starts): the YAML
// in between, what follows, and the number of lines up to and including
// the closing one.
func fenceEnd(src []byte, open int) (yml, rest []byte, lines int, closed bool) {
	lines = 1
	for off := open; off < len(src); {
		line := src[off:]
		next := len(line)
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line, next = line[:i], i+1
		}
		lines++
		if t := string(bytes.TrimRight(line, " \t\r")); t == "---" || t == "..." {
			return src[open:off], src[off+next:], lines, true
		}
		off += next
	}
	return nil, nil, 0, false
}

// looksLikeKey reports whether a line reads as a YAML "key: value" (or
// "key:") line.
func looksLikeKey(line []byte) bool {
	key, _, ok := bytes.Cut(line, []byte(":"))
	if !ok {
		return false
	}
	k := string(bytes.TrimSpace(key))
	k = strings.Trim(k, `"'`)
	if k == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
		return false
	}
	for _, r := range k {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("_- .", r) {
			return false
		}
	}
	return true
}

// isYAMLMapping reports whether yml is a YAML mapping or empty ("---"
// right after "---"). Comments alone are not: unlike Pandoc, a chapter
// that opens with "---", "# Title", "---" keeps its title. YAML that does
// not parse counts as a mapping when keyed is set (its first line reads
// "key: value"), so that the error is reported.
func isYAMLMapping(yml []byte, keyed bool) bool {
	f, err := yparser.ParseBytes(yml, 0)
	if err != nil {
		return keyed
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return len(bytes.TrimSpace(yml)) == 0
	}
	switch unwrap(f.Docs[0].Body).(type) {
	case *yast.MappingNode, *yast.MappingValueNode:
		return true
	}
	return len(bytes.TrimSpace(yml)) == 0
}

// fileProblem says why the file name, written as written by the book, could
// not be read: "chapter "a.md" is a symbolic link to /etc/passwd, outside the
// book folder", "image "x.png": no such file".
func fileProblem(what, written, name string, err error) string {
	var le *LinkError
	if errors.As(err, &le) && le.Link == name {
		rest := strings.TrimPrefix(le.Error(), le.Link+" ")
		return fmt.Sprintf("%s %q %s", what, written, rest)
	}
	return fmt.Sprintf("%s %q: %s", what, written, describeFSError(err))
}

// readFile reads a binary file of the book (an image), refusing folders.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	return readOpen(fsys, name, errors.New("is a directory"), 0)
}

// readOpen reads the file name with one open (a stat by name and then a
// read by name would each resolve the name again): isDir is its error
// when it is a folder, and, when limit > 0, a file over limit bytes fails
// with a tooBigError before it is read.
func readOpen(fsys fs.FS, name string, isDir error, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, isDir
	}
	if limit > 0 && info.Size() > limit {
		return nil, tooBigError{info.Size()}
	}
	// As os.ReadFile: room for the size it says, and one byte to see EOF.
	data := make([]byte, 0, max(info.Size(), 0)+1)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// maxScanFiles bounds the walk that looks for a missing file elsewhere in
// the book, so that a book in a huge folder stays quick.
const maxScanFiles = 10000

// bookFiles lists the files of the book folder, once per load: hidden
// folders are skipped and symbolic links are listed, never followed.
func (l *loader) bookFiles() []string {
	if l.files != nil {
		return l.files
	}
	l.files = []string{}
	fs.WalkDir(l.fsys, ".", func(p string, de fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil
		case len(l.files) >= maxScanFiles:
			return fs.SkipAll
		case de.IsDir() && p != "." && strings.HasPrefix(de.Name(), "."):
			return fs.SkipDir
		case !de.IsDir():
			l.files = append(l.files, p)
		}
		return nil
	})
	return l.files
}

// suggestFile proposes, for the missing file name (relative to the root),
// a file of the same name in another case, or else files of that name
// elsewhere in the book, written relative to the folder base as the author
// would write them.
func (l *loader) suggestFile(base, name string) string {
	var sameDir, elsewhere []string
	for _, f := range l.bookFiles() {
		switch {
		case f == name || !strings.EqualFold(path.Base(f), path.Base(name)):
		case strings.EqualFold(path.Dir(f), path.Dir(name)):
			sameDir = append(sameDir, relTo(base, f))
		default:
			elsewhere = append(elsewhere, relTo(base, f))
		}
	}
	hint := didYouMean(elsewhere[:min(len(elsewhere), 3)]...)
	if len(sameDir) > 0 {
		hint = didYouMean(sameDir[0])
	}
	if hint == "" {
		return ""
	}
	return "; " + hint
}

// relTo writes target (relative to the root) relative to the folder base.
func relTo(base, target string) string {
	if base == "." || base == "" {
		return target
	}
	b, t := strings.Split(base, "/"), strings.Split(target, "/")
	i := 0
	for i < len(b) && i < len(t)-1 && b[i] == t[i] {
		i++
	}
	return strings.Repeat("../", len(b)-i) + strings.Join(t[i:], "/")
}
