package pdf

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs are broken into lines with Knuth and Plass's total-fit
// algorithm ("Breaking Paragraphs into Lines", 1981), as TeX does: words
// are boxes, the spaces between them glue that may stretch and shrink, and
// the places where a word may break (hyphenation points, explicit hyphens)
// penalties. Of all the ways to break the paragraph, the one with the
// fewest demerits wins. Like TeX it tries first without hyphenation
// (pretolerance), then with it (tolerance), and as a last resort lets long
// words and URLs break anywhere, so that no line is ever overfull.

// hyphenator gives the byte offsets in a word where a hyphen may go; the
// hyphen package's Hyphenator is one.
type hyphenator interface{ Points(word string) []int }

// The parameters of the line breaker: TeX's plain values unless said.
const (
	pretolerance  = 100
	tolerance     = 200
	infBad        = 10000 // the badness of a line that cannot stretch enough
	linePenalty   = 10
	hyphenPenalty = 50
	exHyphenPen   = 50 // a break after a dash inside a word
	doubleHyphen  = 10000
	finalHyphen   = 5000
	adjDemerits   = 10000
	urlBreakPen   = 100  // emergency break after / . ? & … in a long word
	charBreakPen  = 1000 // emergency break between any two characters
	spaceStretch  = 1.0 / 2
	spaceShrink   = 2.0 / 5
)

// penaltyInf is a penalty that forbids a break; -penaltyInf forces one.
const penaltyInf = 10000.0

type itemKind uint8

const (
	boxItem itemKind = iota
	glueItem
	penaltyItem
)

// kpItem is a box, glue or penalty. A box holds a fragment of text; a
// penalty with a width is a hyphenation point, its frag the hyphen. frag
// points into the words being broken (or at a piece of one): items are
// many, and short-lived.
type kpItem struct {
	kind            itemKind
	fill            bool // infinitely stretchable glue: the end of a paragraph
	flagged         bool // a hyphen break: two in a row cost doubleHyphen
	width           float64
	stretch, shrink float64
	penalty         float64
	frag            *frag
}

// composer breaks words into lines. Its measurer should be fast (see
// fontMeasurer): hyphenation measures word pieces.
type composer struct {
	m      measurer
	hyph   hyphenator // nil: no hyphenation
	ragged bool       // spaces keep their width; lines end where they may
	// buf, when set, is scratch space reused from one paragraph to the
	// next (a renderer composes one paragraph at a time).
	buf *composeBuf
}

// composeBuf is a composer's scratch space: the items of a paragraph,
// their running sums and the breakpoints found. Nothing set refers to it.
type composeBuf struct {
	words []word // see toWordsInto
	frags []frag
	items []kpItem
	sums  sums
	nodes slab[kpNode]
	// pieces are the fragments items made (see newFrag).
	pieces slab[frag]
	cuts   []cut
	// rec, when set, records the breaks of every paragraph composed;
	// replay, when set, gives them back (see breaklog.go).
	rec, replay *breakLog
	brk         []int // replayed breaks
	// arena, when set, holds the fragments of the lines placed (see
	// placedArena).
	arena *placedArena
}

// placedArena hands out the fragments of lines from slabs reused from one
// chapter to the next: a dry pass keeps nothing of a chapter's lines once
// it is planned, so their memory can serve the next chapter's. reset
// starts again from the first slab.
type placedArena struct {
	slabs [][]placed
	cur   int // the slab being filled
	used  int // in slabs[cur]
}

const arenaSlab = 8192

// alloc returns an empty slice with room for n fragments, its own until
// reset.
func (a *placedArena) alloc(n int) []placed {
	if n > arenaSlab/4 {
		return make([]placed, 0, n)
	}
	if len(a.slabs) == 0 || a.used+n > arenaSlab {
		if len(a.slabs) > 0 {
			a.cur++
		}
		if a.cur == len(a.slabs) {
			a.slabs = append(a.slabs, make([]placed, arenaSlab))
		}
		a.used = 0
	}
	s := a.slabs[a.cur][a.used : a.used : a.used+n]
	a.used += n
	return s
}

func (a *placedArena) reset() { a.cur, a.used = 0, 0 }

// newNode returns a breakpoint node, from the scratch space when there is
// one. Nodes live as long as one call of breaks.
func (c composer) newNode(n kpNode) *kpNode {
	if c.buf == nil {
		return &n
	}
	p := c.buf.nodes.get()
	*p = n
	return p
}

// newFrag returns a fragment made for items (a piece of a word, a hyphen),
// from the scratch space when there is one. Such fragments live as long as
// one call of compose: lines copy theirs.
func (c composer) newFrag() *frag {
	if c.buf == nil {
		return new(frag)
	}
	return c.buf.pieces.get()
}

// slab hands out values from chunks of memory reused from one use to the
// next: reset takes them all back. A value handed out stays where it is
// until then.
type slab[T any] struct {
	chunks [][]T
	cur    int // the chunk being filled
	used   int // in chunks[cur]
}

const slabChunk = 512

func (s *slab[T]) get() *T {
	if s.used == slabChunk || len(s.chunks) == 0 {
		if len(s.chunks) > 0 {
			s.cur++
		}
		if s.cur == len(s.chunks) {
			s.chunks = append(s.chunks, make([]T, slabChunk))
		}
		s.used = 0
	}
	s.used++
	return &s.chunks[s.cur][s.used-1]
}

func (s *slab[T]) reset() { s.cur, s.used = 0, 0 }

// kpPass is the setting of one line-breaking pass.
type kpPass struct {
	hyphenate bool
	emergency bool // long words may break anywhere; every fitting line is feasible
	tolerance float64
}

// emergencyStretch is added to every line's stretch, as a share of the
// measure, when the emergency pass rates lines (never when they are set):
// as TeX's \emergencystretch, it tells a very loose line from a hopeless
// one, so that looseness is shared between lines rather than piled on one.
const emergencyStretch = 0.1

// passes are tried in turn until one finds a way to break the paragraph.
func (c composer) passes() []kpPass {
	return []kpPass{
		{tolerance: pretolerance},
		{hyphenate: c.hyph != nil, tolerance: pretolerance},
		{hyphenate: c.hyph != nil, tolerance: tolerance},
		{hyphenate: c.hyph != nil, emergency: true, tolerance: math.Inf(1)},
	}
}

// compose breaks words into lines of the given measure and places them.
func (c composer) compose(words []word, measure float64, al align) []line {
	if len(words) == 0 {
		return nil
	}
	passes := c.passes()
	if c.buf != nil {
		c.buf.pieces.reset()
	}
	if c.buf != nil && c.buf.replay != nil {
		if e, ok := c.buf.replay.take(); ok && int(e.pass) < len(passes) {
			items := c.items(words, measure, passes[e.pass])
			if int(e.n) == len(items) && fingerprint(items, measure) == e.sum {
				brk := c.buf.brk[:0]
				for _, b := range c.buf.replay.breaks[e.from:e.to] {
					brk = append(brk, int(b))
				}
				c.buf.brk = brk
				return c.place(items, brk, measure, al)
			}
		}
	}
	var items []kpItem
	var made kpPass // the pass items were made for
	for i, p := range passes {
		if i == 0 || p.hyphenate != made.hyphenate || p.emergency != made.emergency {
			items, made = c.items(words, measure, p), p
		}
		if breaks, ok := c.breaks(items, measure, p); ok {
			if c.buf != nil && c.buf.rec != nil {
				c.buf.rec.record(i, items, measure, breaks)
			}
			return c.place(items, breaks, measure, al)
		}
	}
	panic("pdf: no line-breaking pass succeeded") // the emergency pass always does
}

// items turns words into boxes, glue and penalties, ending with the
// paragraph's fill glue and forced break.
func (c composer) items(words []word, measure float64, p kpPass) []kpItem {
	n := 3
	for _, w := range words {
		n += len(w.frags) + 1
	}
	if p.hyphenate {
		n += n / 2
	}
	var out []kpItem
	if c.buf != nil && cap(c.buf.items) >= n {
		out = c.buf.items[:0]
	} else {
		out = make([]kpItem, 0, n)
	}
	defer func() {
		if c.buf != nil && cap(out) > cap(c.buf.items) {
			c.buf.items = out[:0]
		}
	}()
	end := func() []kpItem {
		return append(out,
			kpItem{kind: penaltyItem, penalty: penaltyInf},
			kpItem{kind: glueItem, fill: true},
			kpItem{kind: penaltyItem, penalty: -penaltyInf})
	}
	for i, w := range words {
		// In an emergency, long URLs and code may break at their
		// punctuation, and anything wider than the measure anywhere.
		wide := p.emergency && w.width > measure+eps
		punct := p.emergency && (wide || wordURLish(w) && w.width > measure/2)
		for j := range w.frags {
			if j > 0 && wide {
				out = append(out, kpItem{kind: penaltyItem, penalty: charBreakPen})
			}
			out = c.fragItems(out, &w.frags[j], p.hyphenate, punct, measure)
		}
		if i == len(words)-1 {
			break
		}
		switch {
		case w.brk:
			out = end()
		case w.cjkGap:
			g := kpItem{kind: glueItem}
			if !c.ragged && len(w.frags) > 0 {
				g.stretch = w.frags[len(w.frags)-1].st.size * cjkStretch
			}
			out = append(out, g)
		case w.space > 0:
			g := kpItem{kind: glueItem, width: w.space}
			if !c.ragged {
				g.stretch, g.shrink = w.space*spaceStretch, w.space*spaceShrink
			}
			out = append(out, g)
		}
	}
	out = end()
	return out
}

// cut is a place inside a fragment where a line may break.
type cut struct {
	at      int // byte offset into the fragment's text
	pen     float64
	hyphen  bool // a hyphen is drawn at the line's end when broken here
	flagged bool
	// glue breaks at a gap that may stretch (between CJK characters), not
	// at a penalty.
	glue bool
}

// urlish reports whether a fragment is code or looks like a URL, a path or
// an address: it is never hyphenated, and breaks in it draw no hyphen.
func urlish(f frag) bool {
	return f.st.face.mono || f.link().url != "" && strings.Contains(f.text, ".") ||
		strings.ContainsAny(f.text, "/@\\_") || strings.Contains(f.text, "://")
}

// wordURLish reports whether a word holds code or a URL: in an emergency
// it may break whatever its length.
func wordURLish(w word) bool {
	for _, f := range w.frags {
		if f.text != "" && urlish(f) {
			return true
		}
	}
	return false
}

// fragItems appends the boxes of one fragment, with penalties where it may
// break: after explicit hyphens and dashes always, at hyphenation points
// when hyphenate, and anywhere in a long word in an emergency.
func (c composer) fragItems(out []kpItem, f *frag, hyphenate, emergency bool, measure float64) []kpItem {
	if f.text == "" || f.note() != "" {
		return append(out, kpItem{kind: boxItem, width: f.width, frag: f})
	}
	code := urlish(*f)
	var cuts []cut
	if c.buf != nil {
		cuts = c.buf.cuts[:0]
		defer func() { c.buf.cuts = cuts[:0] }()
	}
	if !code {
		// A line may end after a dash inside a word ("1990–91",
		// "word—word"), not after a hyphen: text extraction (pdftotext,
		// copy and paste) takes a hyphen at a line's end for a hyphenation
		// and drops it, turning "co-operation" into "cooperation".
		prev := rune(0)
		for i, r := range f.text {
			if i > 0 && (prev == '–' || prev == '—') && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				cuts = append(cuts, cut{at: i, pen: exHyphenPen})
			}
			prev = r
		}
		if hyphenate && c.hyph != nil && !f.st.foreign {
			cuts = appendHyphenCuts(cuts, c.hyph, f.text)
		}
	}
	cjk := hasCJK(f.text)
	if cjk {
		cuts = append(cuts, cjkCuts(f.text)...)
	}
	if emergency {
		cuts = append(cuts, c.emergencyCuts(*f, code || cjk, measure)...)
	}
	if len(cuts) == 0 {
		return append(out, kpItem{kind: boxItem, width: f.width, frag: f})
	}
	// The cheapest cut wins at each offset; a gap between CJK characters
	// costs nothing.
	slices.SortStableFunc(cuts, func(a, b cut) int {
		switch {
		case a.at != b.at:
			return cmp.Compare(a.at, b.at)
		case a.glue != b.glue:
			if a.glue {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.pen, b.pen)
	})
	start := 0
	for i, k := range cuts {
		if k.at <= start || k.at >= len(f.text) || i > 0 && cuts[i-1].at == k.at {
			continue
		}
		out = append(out, c.piece(f, start, k.at))
		start = k.at
		if k.glue {
			g := kpItem{kind: glueItem}
			if !c.ragged {
				g.stretch = f.st.size * cjkStretch
			}
			out = append(out, g)
			continue
		}
		pen := kpItem{kind: penaltyItem, penalty: k.pen, flagged: k.flagged}
		if k.hyphen {
			h := c.newFrag()
			*h = frag{text: "-", st: f.st, ref: newRef(f.link(), "", "")}
			h.width = c.m.width("-", f.st)
			pen.width, pen.frag, pen.flagged = h.width, h, true
		}
		out = append(out, pen)
	}
	return append(out, c.piece(f, start, len(f.text)))
}

// piece is the box of f.text[i:j]. Only the first piece keeps the
// fragment's anchor.
func (c composer) piece(f *frag, i, j int) kpItem {
	g := c.newFrag()
	*g = *f
	g.text = f.text[i:j]
	g.width = c.m.width(g.text, f.st)
	if f.src > 0 {
		g.src = f.src + i
	}
	if i > 0 && g.anchor() != "" {
		g.ref = newRef(g.ref.link, "", g.ref.note)
	}
	return kpItem{kind: boxItem, width: g.width, frag: g}
}

// hyphenCuts returns the hyphenation points of text, a word or a piece of
// one in one style. The hyphenator sees the whole text: it skips
// punctuation, refuses URLs and numbers, and applies its language's
// minimum lengths; points that are not inside the text at a rune's start
// are ignored.
func hyphenCuts(h hyphenator, text string) []cut { return appendHyphenCuts(nil, h, text) }

// appendHyphenCuts appends the hyphenation points of text to out.
func appendHyphenCuts(out []cut, h hyphenator, text string) []cut {
	for _, p := range h.Points(text) {
		if p <= 0 || p >= len(text) || !utf8.RuneStart(text[p]) {
			continue
		}
		out = append(out, cut{at: p, pen: hyphenPenalty, hyphen: true, flagged: true})
	}
	return out
}

// emergencyCuts lets a long word break: around the punctuation of URLs
// and paths (after a slash, before a dot or a hyphen, so that no line of a
// URL ends with a hyphen that text extraction would drop), and, in a piece
// between those still wider than the measure, between any two characters.
// A break between two letters of a plain word draws a hyphen.
func (c composer) emergencyCuts(f frag, code bool, measure float64) []cut {
	text := f.text
	var out []cut
	prev := rune(0)
	for i, r := range text {
		if i > 0 && (strings.ContainsRune("/:;,", prev) && !strings.ContainsRune("/:", r) ||
			strings.ContainsRune(".-?&=#_\\~", r) && !strings.ContainsRune("/.-", prev)) {
			out = append(out, cut{at: i, pen: urlBreakPen})
		}
		prev = r
	}
	// Pieces still too wide break anywhere.
	bounds := []int{0}
	for _, k := range out {
		bounds = append(bounds, k.at)
	}
	bounds = append(bounds, len(text))
	for j := 0; j+1 < len(bounds); j++ {
		seg := text[bounds[j]:bounds[j+1]]
		if c.m.width(seg, f.st) <= measure+eps {
			continue
		}
		prev := rune(0)
		for i, r := range seg {
			// Never inside a cluster: not before a combining mark, a
			// joiner or a variation selector, not after a joiner.
			if i > 0 && prev != '-' && !clusterContinues(prev, r) {
				k := cut{at: bounds[j] + i, pen: charBreakPen}
				if !code && hyphenated(prev) && hyphenated(r) {
					k.hyphen, k.flagged = true, true
				}
				out = append(out, k)
			}
			prev = r
		}
	}
	return out
}

// clusterContinues reports whether r belongs with the character before it,
// prev: a line may not break between them.
func clusterContinues(prev, r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) || r == 0x200D || prev == 0x200D ||
		isVariationSelector(r) || r >= 0x1F3FB && r <= 0x1F3FF // emoji skin tones
}

// hyphenated reports whether r is a letter of a script whose words are
// broken with a hyphen (Latin, Greek, Cyrillic, Armenian, Georgian); a
// word of another script breaks without one.
func hyphenated(r rune) bool {
	return unicode.IsLetter(r) && unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Armenian, unicode.Georgian)
}

// kpNode is a feasible breakpoint: the break before item pos (or at it,
// for a penalty) and the best way to reach it.
type kpNode struct {
	pos      int // index of the break item; -1 for the paragraph's start
	line     int // lines before the break
	fitness  int
	w, y, z  float64 // width, stretch and shrink from the start to after the break
	demerits float64
	prev     *kpNode
	next     *kpNode // the active list
}

// sums are the running totals of width, stretch and shrink, and of fill
// glue, before each item.
type sums struct {
	w, y, z []float64
	fill    []int
}

func itemSums(items []kpItem) sums { return sumsInto(items, nil) }

// sumsInto is itemSums in the scratch space buf (nil: none).
func sumsInto(items []kpItem, buf *composeBuf) sums {
	n := len(items) + 1
	var s sums
	if buf != nil && cap(buf.sums.fill) >= n {
		s = sums{buf.sums.w[:n], buf.sums.y[:n], buf.sums.z[:n], buf.sums.fill[:n]}
		s.w[0], s.y[0], s.z[0], s.fill[0] = 0, 0, 0, 0
	} else {
		s = sums{make([]float64, n), make([]float64, n), make([]float64, n), make([]int, n)}
		if buf != nil {
			buf.sums = s
		}
	}
	for i, it := range items {
		s.w[i+1], s.y[i+1], s.z[i+1], s.fill[i+1] = s.w[i], s.y[i], s.z[i], s.fill[i]
		if it.kind == penaltyItem {
			continue
		}
		s.w[i+1] += it.width
		if it.kind == glueItem {
			s.y[i+1] += it.stretch
			s.z[i+1] += it.shrink
			if it.fill {
				s.fill[i+1]++
			}
		}
	}
	return s
}

// afterBreak returns the totals from the start to the first item a line
// starting after a break at b holds: glue and penalties after a break
// vanish.
func afterBreak(items []kpItem, s sums, b int) (w, y, z float64, fill int) {
	i := b + 1
	if b < 0 {
		i = 0
	}
	for ; i < len(items); i++ {
		it := items[i]
		if it.kind == boxItem || it.kind == penaltyItem && it.penalty <= -penaltyInf && i > b {
			break
		}
	}
	return s.w[i], s.y[i], s.z[i], s.fill[i]
}

// ratio is the adjustment ratio of a line of natural width w with stretch
// y, shrink z and fill glue: 0 when it fits as set, up to ∞ when it must
// stretch, down to -∞ when it cannot shrink enough.
func (c composer) ratio(w, y, z float64, fill bool, measure float64) float64 {
	if c.ragged {
		y += measure // the line's end stretches
	}
	switch {
	case w < measure-eps:
		if fill {
			return 0
		}
		if y <= 0 {
			return math.Inf(1)
		}
		return (measure - w) / y
	case w > measure+eps:
		if z <= 0 {
			return math.Inf(-1)
		}
		return (measure - w) / z
	}
	return 0
}

// badness is TeX's badness of a line with adjustment ratio r.
func badness(r float64) float64 {
	if math.IsInf(r, 0) {
		return infBad
	}
	return min(100*math.Abs(r*r*r), infBad)
}

// fitness is TeX's fitness class of a line: tight, decent, loose, very
// loose.
func fitness(r float64) int {
	switch {
	case r < -0.5:
		return 0
	case r <= 0.5:
		return 1
	case r <= 1:
		return 2
	}
	return 3
}

// breaks finds the best breakpoints of items: the index of the item each
// line ends at (a glue or a penalty), the last being the final forced
// break. It fails when no way to break keeps every line within the pass's
// tolerance; in an emergency it never fails.
func (c composer) breaks(items []kpItem, measure float64, p kpPass) ([]int, bool) {
	s := sumsInto(items, c.buf)
	if c.buf != nil {
		c.buf.nodes.reset()
	}
	active := c.newNode(kpNode{pos: -1, fitness: 1})
	for i, it := range items {
		var pen float64
		switch it.kind {
		case boxItem:
			continue
		case glueItem:
			if i == 0 || items[i-1].kind != boxItem {
				continue
			}
		case penaltyItem:
			if it.penalty >= penaltyInf {
				continue
			}
			pen = it.penalty
		}
		var best [4]*kpNode
		var prev, lastDropped *kpNode
		for a := active; a != nil; a = a.next {
			w := s.w[i] - a.w
			if it.kind == penaltyItem {
				w += it.width
			}
			y := s.y[i] - a.y
			if p.emergency {
				y += emergencyStretch * measure
			}
			r := c.ratio(w, y, s.z[i]-a.z, s.fill[i] > s.fillAt(a), measure)
			if r < -1 || pen <= -penaltyInf {
				// a cannot reach beyond i: drop it.
				if prev == nil {
					active = a.next
				} else {
					prev.next = a.next
				}
				lastDropped = a
			} else {
				prev = a
			}
			if r < -1 {
				continue
			}
			b := badness(r)
			if b > p.tolerance {
				continue
			}
			d := linePenalty + b
			d *= d
			switch {
			case pen >= 0:
				d += pen * pen
			case pen > -penaltyInf:
				d -= pen * pen
			}
			if it.flagged && a.pos >= 0 && items[a.pos].flagged {
				if pen <= -penaltyInf {
					d += finalHyphen
				} else {
					d += doubleHyphen
				}
			}
			f := fitness(r)
			if abs(f-a.fitness) > 1 {
				d += adjDemerits
			}
			d += a.demerits
			if best[f] == nil || d < best[f].demerits {
				if best[f] == nil {
					best[f] = c.newNode(kpNode{})
				}
				*best[f] = kpNode{pos: i, line: a.line + 1, fitness: f, demerits: d, prev: a}
			}
		}
		for _, n := range best {
			if n == nil {
				continue
			}
			n.w, n.y, n.z, _ = afterBreak(items, s, i)
			n.next, active = active, n
		}
		if active == nil {
			if !p.emergency || lastDropped == nil {
				return nil, false
			}
			// Nothing fits: an unbreakable piece is wider than the
			// measure. Break here anyway rather than fail.
			n := c.newNode(kpNode{pos: i, line: lastDropped.line + 1, fitness: 1, demerits: lastDropped.demerits + infBad*infBad, prev: lastDropped})
			n.w, n.y, n.z, _ = afterBreak(items, s, i)
			active = n
		}
	}
	var end *kpNode
	for a := active; a != nil; a = a.next {
		if a.pos == len(items)-1 && (end == nil || a.demerits < end.demerits) {
			end = a
		}
	}
	if end == nil {
		return nil, false
	}
	var out []int
	for n := end; n != nil && n.pos >= 0; n = n.prev {
		out = append(out, n.pos)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, true
}

// fillAt is the number of fill glues before the line that starts after
// node a. Fill glue only ends paragraphs and hard-broken lines, where it
// is followed by a forced break, so it never starts a line: the count at
// a's break is enough.
func (s sums) fillAt(a *kpNode) int {
	if a.pos < 0 {
		return 0
	}
	return s.fill[a.pos+1]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// place sets the lines ending at breaks: justified lines stretch or shrink
// their spaces by the line's ratio; others keep natural spaces and sit
// left, centred or right. A line broken at a hyphenation point ends with
// the hyphen, joined to the word's last fragment.
func (c composer) place(items []kpItem, breaks []int, measure float64, al align) []line {
	s := sumsInto(items, c.buf)
	lines := make([]line, 0, len(breaks))
	from := 0
	for _, b := range breaks {
		// Skip what vanishes at the start of a line.
		for from < b && items[from].kind != boxItem {
			from++
		}
		w := s.w[b] - s.w[from]
		hy := items[b].kind == penaltyItem && items[b].width > 0
		if hy {
			w += items[b].width
		}
		fill := s.fill[b] > s.fill[from]
		r := 0.0
		if al == alignJustify && !c.ragged {
			r = c.ratio(w, s.y[b]-s.y[from], s.z[b]-s.z[from], fill, measure)
			if math.IsInf(r, 0) || fill && r > 0 {
				r = 0
			}
			r = max(r, -1)
		}
		// Trailing glue before the break does not count.
		end := b
		for end > from && items[end-1].kind != boxItem {
			end--
		}
		natural := s.w[end] - s.w[from]
		if hy {
			natural += items[b].width
		}
		x := 0.0
		slack := max(measure-natural, 0)
		switch al {
		case alignCenter:
			x = slack / 2
		case alignRight:
			x = slack
		}
		boxes := 0
		for k := from; k < end; k++ {
			if items[k].kind == boxItem {
				boxes++
			}
		}
		var l line
		if c.buf != nil && c.buf.arena != nil {
			l.frags = c.buf.arena.alloc(boxes + 1)
		} else {
			l.frags = make([]placed, 0, boxes+1)
		}
		joined := false // the next box continues the previous fragment
		for k := from; k < end; k++ {
			it := items[k]
			switch it.kind {
			case boxItem:
				if joined && len(l.frags) > 0 && canJoin(l.frags[len(l.frags)-1].frag, *it.frag) {
					pf := &l.frags[len(l.frags)-1]
					pf.text += it.frag.text
					pf.width += it.width
				} else {
					l.frags = append(l.frags, placed{*it.frag, x})
				}
				x += it.width
				joined = true
			case glueItem:
				gw := it.width
				switch {
				case it.fill:
				case r > 0:
					gw += r * it.stretch
				case r < 0:
					gw += r * it.shrink
				}
				x += gw
				joined = false
			}
		}
		if hy {
			h := *items[b].frag
			if n := len(l.frags); n > 0 && canJoin(l.frags[n-1].frag, h) {
				l.frags[n-1].text += h.text
				l.frags[n-1].width += h.width
			} else {
				l.frags = append(l.frags, placed{h, x})
			}
		}
		l.width, l.hyphenated, l.measure = natural, hy, measure
		lines = append(lines, l)
		from = b + 1
	}
	return lines
}

// canJoin reports whether fragment b, set right after a, can be drawn as
// part of a: same style and link, and nothing that must land at b.
func canJoin(a, b frag) bool {
	return a.st == b.st && a.link() == b.link() && b.anchor() == "" && b.note() == "" && a.note() == ""
}
