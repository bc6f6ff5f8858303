package pdf

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/quire-books/quire/book"
	"github.com/quire-books/quire/hyphen"
)

// Chapters are composed concurrently. Every chapter starts on a new page
// and its lines are set for the left edge of page 1 (see walk.go), so
// composing a chapter and cutting it into pages needs nothing from the
// chapters before it: not its page numbers, not where it starts. What a
// chapter prints that depends on other chapters (page references) comes
// from the previous pass, which is finished and read-only. So chapters are
// composed ahead on up to GOMAXPROCS goroutines, each with a renderer of
// its own (a composer), and the document's renderer takes them in spine
// order, numbers their pages, lands their anchors and draws them. The
// result is the same, byte for byte, whatever the number of goroutines.
//
// The one exception is a book whose chapters refer to footnotes that live
// in another chapter (a one-file book split into sections): a note is set
// with its first reference, so such chapters are composed in order, on one
// goroutine, sharing their notes.

// env is what the passes of one Layout share: the book, the options, the
// fonts, the hyphenator and the measurer (safe for concurrent use). Fonts
// are parsed once per layout rather than once per pass.
type env struct {
	b         *book.Book
	opt       Options
	geo       geometry
	fonts     fontSet
	hyph      hyphenator
	blockFns  map[ast.NodeKind]blockFunc
	inlineFns map[ast.NodeKind]inlineFunc
	m         measurer
	// workers is the number of goroutines that compose chapters at once;
	// shareNotes says chapters refer to notes of other chapters.
	workers    int
	shareNotes bool

	// plans are the chapters (by spine index) as the last dry pass
	// composed them, without their lines.
	plans []*composed

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

func newEnv(b *book.Book, opt Options) *env {
	fonts := fontsFor(b)
	e := &env{
		b:          b,
		opt:        opt,
		geo:        geometryFor(b),
		fonts:      fonts,
		blockFns:   blockTable(),
		inlineFns:  inlineTable(),
		m:          newFontMeasurerFor(fonts),
		workers:    max(1, runtime.GOMAXPROCS(0)),
		shareNotes: notesShared(b),
	}
	// A nil *Hyphenator in the interface would not read as "none".
	if h, ok := hyphen.New(b.Meta.Language); ok {
		e.hyph = h
	}
	return e
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

// composed is a chapter composed and cut into pages, with what composing
// it learned for the pass: the page numbers it printed and the fallbacks
// of its links. For a drawing pass it has its lines, which draw on the
// pass's surface; for a dry pass only its plan.
type composed struct {
	ch       *book.Chapter
	items    []*vitem
	fills    []pageFill // one per page; the first page is the chapter's first
	plan     *chapterPlan
	printed  []printedNum
	fallback map[string]string
	err      error
}

// reusable returns, by spine index, the chapters the last dry pass
// composed that a dry pass printing prev's page numbers would compose the
// same: those whose printed numbers do not change. A chapter depends on
// the rest of the book through those numbers alone, unless chapters share
// notes.
func (e *env) reusable(prev *pass) []*composed {
	if e.shareNotes {
		return nil
	}
	out := make([]*composed, len(e.plans))
	for i, c := range e.plans {
		if c != nil && c.err == nil && samePrinted(c.printed, prev) {
			out[i] = c
		}
	}
	return out
}

// samePrinted reports whether every number in printed is what a pass
// after prev prints for its anchor.
func samePrinted(printed []printedNum, prev *pass) bool {
	for _, n := range printed {
		want := refPlaceholder
		if prev != nil {
			if l, ok := prev.label(n.anchor); ok {
				want = l
			}
		}
		if n.text != want {
			return false
		}
	}
	return true
}

// composeChapters composes chs ahead, concurrently, and returns them one
// by one, in order, from next; stop ends the composing (call it when done,
// or on an error). done, when not nil, holds chapters already composed
// (by index; nil for those to compose). With draw the chapters keep their
// lines, else only their plans. At most twice as many chapters as
// goroutines are composed and not yet taken, so that memory does not grow
// with the book.
func (r *renderer) composeChapters(chs []*book.Chapter, done []*composed, draw bool) (next func() (*composed, error), stop func()) {
	workers := min(r.env.workers, max(len(chs), 1))
	var notes map[string]*note // shared by all chapters, when they share notes
	if r.env.shareNotes {
		workers, notes = 1, map[string]*note{}
	}
	out := make([]chan *composed, len(chs))
	todo := make([]bool, len(chs))
	for i := range out {
		out[i] = make(chan *composed, 1) // a composer never waits to hand over
		if i < len(done) && done[i] != nil {
			out[i] <- done[i]
		} else {
			todo[i] = true
		}
	}
	jobs := make(chan int)
	ahead := make(chan struct{}, 2*workers)
	quit := make(chan struct{})
	go func() {
		defer close(jobs)
		for i := range chs {
			if !todo[i] {
				continue
			}
			select {
			case ahead <- struct{}{}:
			case <-quit:
				return
			}
			select {
			case jobs <- i:
			case <-quit:
				return
			}
		}
	}()
	for range workers {
		go func() {
			c := r.chapterComposer(notes)
			c.hyph = r.env.takeHyphenator()
			defer r.env.putHyphenator(c.hyph)
			for i := range jobs {
				out[i] <- c.composeChapter(chs[i], draw)
			}
		}()
	}
	i := 0
	next = func() (*composed, error) {
		c := <-out[i]
		if todo[i] {
			<-ahead
		}
		i++
		return c, c.err
	}
	var once sync.Once
	stop = func() { once.Do(func() { close(quit) }) }
	return next, stop
}

// chapterComposer returns a renderer that composes chapters for r. It shares r's book, env, previous pass and surface (its lines draw on
// the surface, later, on r's goroutine); notes, when not nil, is the note
// set all its chapters share.
func (r *renderer) chapterComposer(notes map[string]*note) *renderer {
	c := &renderer{
		b:         r.b,
		geo:       r.geo,
		env:       r.env,
		m:         r.m,
		surface:   r.surface,
		prev:      r.prev,
		blockFns:  r.blockFns,
		inlineFns: r.inlineFns,
		kp:        &composeBuf{},
	}
	c.flow = newFlow(r.geo)
	if notes != nil {
		c.noteSet = notes
	}
	return c
}

// composeChapter composes one chapter and cuts it into pages; unless draw,
// it keeps only the plan of the pages. A panic becomes the chapter's
// error.
func (r *renderer) composeChapter(ch *book.Chapter, draw bool) (c *composed) {
	c = &composed{ch: ch}
	defer func() {
		if p := recover(); p != nil {
			c.err = fmt.Errorf("pdf: setting chapter %s: %v", ch.File, p)
		}
	}()
	notes := r.noteSet
	r.flow = newFlow(r.geo)
	if r.env.shareNotes {
		r.noteSet = notes
	}
	r.printed, r.fallback, r.listDepth = nil, map[string]string{}, 0
	c.items = r.chapter(ch)
	c.fills = paginate(c.items, r.geo)
	c.printed, c.fallback = r.printed, r.fallback
	if !draw {
		c.plan = planChapter(c.items, c.fills, r.geo)
		c.items, c.fills = nil, nil
	}
	return c
}
