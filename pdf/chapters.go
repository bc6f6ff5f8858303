package pdf

import (
	"fmt"
	"slices"
	"sync"

	"github.com/quire-books/quire/book"
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
	// breaks are the line breaks a dry pass found, for the drawing pass.
	breaks *breakLog
}

// reusable returns, by spine index, the chapters the last dry pass
// composed whose plan a dry pass printing prev's page numbers would make
// again. A chapter depends on the rest of the book only through the page
// numbers it prints (unless chapters share notes), and a number only
// through the widths of its characters: when every number it prints is
// the same or as wide, character by character ("734" for "736" in
// tabular figures), every line breaks and every page falls as before, and
// only the digits drawn differ, which a dry pass does not draw. Such a
// chapter is reused with its new numbers.
func (e *env) reusable(prev *pass) []*composed {
	if e.shareNotes {
		return nil
	}
	out := make([]*composed, len(e.plans))
	for i, c := range e.plans {
		if c == nil || c.err != nil {
			continue
		}
		printed, ok := e.reprint(c.printed, prev)
		if !ok {
			continue
		}
		reused := *c
		reused.printed = printed
		out[i] = &reused
	}
	return out
}

// reprint returns the numbers a pass after prev prints instead of printed,
// and whether each is as wide as the one it replaces, character by
// character.
func (e *env) reprint(printed []printedNum, prev *pass) ([]printedNum, bool) {
	var out []printedNum
	for i, n := range printed {
		want := refPlaceholder
		if prev != nil {
			if l, ok := prev.label(n.anchor); ok {
				want = l
			}
		}
		if want == n.text {
			continue
		}
		if !sameAdvances(n.text, want, n.st, e.m) {
			return nil, false
		}
		if out == nil {
			out = slices.Clone(printed)
		}
		out[i].text = want
	}
	if out == nil {
		return printed, true
	}
	return out, true
}

// sameAdvances reports whether a and b, set in st, have as many characters
// and each the same or a digit as wide as the other's: then every piece of
// one measures what the same piece of the other does, and the line breaker
// treats them alike (digits are never hyphenated, nor break a word; roman
// numerals, being letters, might be, so they must match).
func sameAdvances(a, b string, st style, m measurer) bool {
	if len(a) != len(b) || m.width(a, st) != m.width(b, st) { // whole: kerning
		return false
	}
	for i := range len(a) {
		if a[i] != b[i] && (!isDigit(a[i]) || !isDigit(b[i]) || m.width(a[i:i+1], st) != m.width(b[i:i+1], st)) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

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
	var logs []*breakLog // the last dry pass's breaks, by index
	if draw {
		logs = r.env.breaks
	}
	for range workers {
		go func() {
			c := r.chapterComposer(notes)
			c.hyph = r.env.takeHyphenator()
			defer r.env.putHyphenator(c.hyph)
			for i := range jobs {
				var log *breakLog
				if i < len(logs) {
					log = logs[i]
				}
				out[i] <- c.composeChapter(chs[i], draw, log)
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

// chapterComposer returns a renderer that composes chapters for r. It
// shares r's book, env, previous pass and surface (its lines draw on the
// surface, later, on r's goroutine); notes, when not nil, is the note set
// all its chapters share.
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
// it keeps only the plan of the pages, and the line breaks it found. A
// drawing pass replays log, the breaks the last dry pass found (nil:
// none). A panic becomes the chapter's error.
func (r *renderer) composeChapter(ch *book.Chapter, draw bool, log *breakLog) (c *composed) {
	c = &composed{ch: ch}
	r.kp.rec, r.kp.replay, r.kp.arena = nil, nil, nil
	if draw {
		if log != nil {
			r.kp.replay = &breakLog{entries: log.entries, breaks: log.breaks}
		}
	} else {
		r.kp.rec = &breakLog{}
		if !r.env.shareNotes {
			// Nothing of a chapter's lines outlives it: the next chapter
			// reuses their memory.
			if r.dryArena == nil {
				r.dryArena = &placedArena{}
			}
			r.dryArena.reset()
			r.kp.arena = r.dryArena
		}
	}
	defer func() {
		if !draw && c.err == nil {
			c.breaks = r.kp.rec
		}
		r.kp.rec, r.kp.replay, r.kp.arena = nil, nil, nil
	}()
	defer func() {
		if p := recover(); p != nil {
			c.err = fmt.Errorf("pdf: setting chapter %s: %v", ch.File, p)
		}
	}()
	notes := r.noteSet
	r.flow = newFlow(r.geo)
	if r.env.shareNotes {
		r.noteSet = notes // as the chapters before left them
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
