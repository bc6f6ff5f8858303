package book

import (
	"errors"
	"io/fs"
	"sync"

	"github.com/quire-books/quire/internal/par"
	"github.com/yuin/goldmark/ast"
)

// chapterJob is one chapter file to read and parse. Jobs run concurrently:
// a job touches only its own fields and its own diagnostics, never the
// loader's names or maps, so the book is the same whatever the order the
// jobs finish in.
type chapterJob struct {
	e    manifestEntry
	part *Part
	name string

	readErr error // the file could not be read (reported by addParsed)
	d       diags // what reading and parsing found
	body    []byte
	lines   int       // lines of front matter before body
	spans   []srcSpan // where body's text comes from, with includes expanded (include.go)
	fmTitle string    // the front matter's title
	doc     *ast.Document
	images  map[string]*imageFile // the images doc names, read ahead
}

// parseAll reads and parses the jobs' chapter files on all CPUs, each job
// with its own goldmark parser (a few microseconds to make), and reports
// progress.
func (l *loader) parseAll(jobs []*chapterJob) {
	var mu sync.Mutex // serializes the progress calls
	done := 0
	par.Each(len(jobs), func(i int) {
		w := &loader{fsys: l.fsys, md: newMarkdown(l.b.Meta.Language)}
		w.parseJob(jobs[i])
		if l.progress != nil {
			mu.Lock()
			done++
			l.progress(done, len(jobs))
			mu.Unlock()
		}
	})
	for _, j := range jobs {
		for p, f := range j.images {
			if l.imgRead == nil {
				l.imgRead = map[string]*imageFile{}
			}
			l.imgRead[p] = f // the same file read twice reads the same
		}
		j.images = nil
	}
}

// parseJob reads, decodes and parses one chapter file. w is a worker's
// loader: its diagnostics are moved into the job.
func (w *loader) parseJob(j *chapterJob) {
	src, err := readChapterFile(w.fsys, j.name)
	if err != nil {
		j.readErr = err // reported in order, by addParsed
		return
	}
	w.d = diags{}
	defer func() { j.d = w.d }()
	src, ok := decodeSource(j.name, src, &w.d)
	if !ok {
		return
	}
	j.fmTitle, j.body, j.lines = w.chapterFrontMatter(j.name, src)
	j.body, j.spans = w.expandIncludes(j.name, j.body, j.lines)
	j.doc = w.parseChapter(j.name, j.body, j.lines, j.spans)
	if j.doc != nil {
		j.images = readImages(w.fsys, j.name, j.doc)
	}
}

// readChapter reads the chapter file name that the manifest entry e lists.
func (l *loader) readChapter(name string, e manifestEntry) ([]byte, bool) {
	src, err := readChapterFile(l.fsys, name)
	if err != nil {
		l.readProblem(e, name, err)
		return nil, false
	}
	return decodeSource(name, src, &l.d)
}

// readProblem reports why the chapter file name, listed by e, could not be
// read.
func (l *loader) readProblem(e manifestEntry, name string, err error) {
	var tb tooBigError
	switch {
	case errors.Is(err, errIsFolder):
		l.d.errorf(e.At, "chapter %q is a folder, not a Markdown file", e.File)
	case errors.As(err, &tb):
		l.d.errorf(Pos{File: name, Line: 1, Col: 1}, "%s", tooBig(name, tb.size))
	default:
		hint := ""
		if errors.Is(err, fs.ErrNotExist) {
			hint = l.suggestFile(".", name)
		}
		l.d.errorf(e.At, "%s%s", fileProblem("chapter", e.File, name, err), hint)
	}
}

// errIsFolder: a chapter names a folder.
var errIsFolder = errors.New("is a folder")

// tooBigError: a chapter file is over maxSourceBytes.
type tooBigError struct{ size int64 }

func (e tooBigError) Error() string { return "too big" }

// readChapterFile reads a chapter file, refusing folders and files over
// maxSourceBytes before reading them.
func readChapterFile(fsys fs.FS, name string) ([]byte, error) {
	return readOpen(fsys, name, errIsFolder, maxSourceBytes)
}
