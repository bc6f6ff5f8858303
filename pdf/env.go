package pdf

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/fontset"
	"github.com/quire-books/quire/hyphen"
	"github.com/quire-books/quire/shape"
)

// env is what the passes of one Layout share: the book, the options, the
// fonts, the hyphenator and the measurer (safe for concurrent use). Fonts
// are parsed once per layout rather than once per pass.
type env struct {
	b         *book.Book
	opt       Options
	geo       geometry
	fonts     fontset.Set
	engine    *shape.Engine
	hyph      hyphenator
	blockFns  map[ast.NodeKind]blockFunc
	inlineFns map[ast.NodeKind]inlineFunc
	m         measurer

	// smallCaps shapes with the fonts' small capitals; hasSmallCaps says,
	// by face, whether the face's font has them (else they are made up,
	// see dialect.go).
	smallCaps    *shape.Engine
	hasSmallCaps [numFaces]bool
	// workers is the number of goroutines that compose chapters at once;
	// shareNotes says chapters refer to notes of other chapters.
	workers    int
	shareNotes bool
	// guesses are the page numbers the first pass prints for page
	// references, by anchor (see guess.go).
	guesses map[string]string
	// gifs are the book's GIFs converted to PNG (see gifs.go).
	gifs gifConversions

	// plans are the chapters (by spine index) as the last dry pass
	// composed them, without their lines.
	plans []*composed
	// breaks are the line breaks of the chapters of the last dry pass, by
	// spine index, for the drawing pass to replay (see breaklog.go).
	breaks []*breakLog

	reported int // the pages Progress was told of so far

	mu     sync.Mutex
	hyphen []*hyphenCache // the composers' caches not in use
}

// hyphenCache remembers the hyphenation points of the words it was asked
// about: the same words come back in every paragraph and every pass. One
// goroutine uses it at a time.
type hyphenCache struct {
	h      hyphenator
	points map[string][]int
}

func (c *hyphenCache) Points(word string) []int {
	p, ok := c.points[word]
	if !ok {
		p = c.h.Points(word)
		c.points[strings.Clone(word)] = p // not the paragraph's text
	}
	return p
}

// takeHyphenator returns a hyphenator for one composer: the book's, with a
// cache kept across passes; nil when the book's language has none.
func (e *env) takeHyphenator() hyphenator {
	if e.hyph == nil {
		return nil
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if n := len(e.hyphen); n > 0 {
		c := e.hyphen[n-1]
		e.hyphen = e.hyphen[:n-1]
		return c
	}
	return &hyphenCache{h: e.hyph, points: map[string][]int{}}
}

// putHyphenator gives back a hyphenator taken with takeHyphenator.
func (e *env) putHyphenator(h hyphenator) {
	if c, ok := h.(*hyphenCache); ok {
		e.mu.Lock()
		defer e.mu.Unlock()
		e.hyphen = append(e.hyphen, c)
	}
}

func newEnv(b *book.Book, opt Options) (*env, error) {
	fonts, err := fontsFor(b)
	if err != nil {
		return nil, fmt.Errorf("pdf: %v", err)
	}
	sys := opt.Fonts
	if sys == nil {
		sys = &shape.System{}
	}
	engine := fonts.Engine(b.Meta.Language, b.Meta.RTL(), sys) // the paragraphs' direction: the book's (book/direction.go)
	m := newEngineMeasurer(engine)
	e := &env{
		b:          b,
		opt:        opt,
		geo:        geometryFor(b),
		fonts:      fonts,
		blockFns:   blockTable(),
		inlineFns:  inlineTable(),
		engine:     engine,
		m:          m,
		smallCaps:  m.sc,
		workers:    max(1, runtime.GOMAXPROCS(0)),
		shareNotes: notesShared(b),
	}
	for fi := range numFaces {
		e.hasSmallCaps[fi] = hasSmallCaps(engine, m.sc, shape.Style(fi))
	}
	e.guesses = pageGuesses(b, e.geo, e.m)
	e.gifs = convertGIFs(b.Images)
	// A nil *Hyphenator in the interface would not read as "none".
	if h, ok := hyphen.New(b.Meta.Language); ok && !b.Meta.NoHyphenation {
		e.hyph = h
	}
	return e, nil
}

// progress reports that pages pages are set, if that is more than
// reported before.
func (e *env) progress(pages int) {
	if e.opt.Progress != nil && pages > e.reported {
		e.reported = pages
		e.opt.Progress(pages)
	}
}

// notesShared reports whether a chapter of b refers to a footnote that
// lives in another chapter.
func notesShared(b *book.Book) bool {
	for _, ch := range b.Chapters {
		if ch.Doc == nil {
			continue
		}
		shared := false
		ast.Walk(ch.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if fl, ok := n.(*east.FootnoteLink); ok && entering && b.NoteHome(ch, fl.Index) != ch {
				shared = true
				return ast.WalkStop, nil
			}
			return ast.WalkContinue, nil
		})
		if shared {
			return true
		}
	}
	return false
}
