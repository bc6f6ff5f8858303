package shape

import (
	"slices"
	"strings"
	"sync"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// Style is one of an engine's styles, by its place in Options.Styles.
type Style uint8

// Spec is one style: the fonts to try, in order, and what the style is
// like, to choose a system font of the same kind when none of them has a
// character.
type Spec struct {
	Chain []*Font
	// Mono, Sans, Bold and Italic describe the style.
	Mono, Sans, Bold, Italic bool
}

// Options configures an engine.
type Options struct {
	Styles []Spec
	// Language is the text's BCP 47 tag (it selects language-specific
	// forms, and the regional CJK fonts).
	Language string
	// RTL sets paragraphs right to left: numbers and Latin words in them
	// are then embedded left-to-right runs.
	RTL bool
	// System, when set, is searched for a character no font of a chain has.
	System *System
	// Features are OpenType feature tags turned on for all text ("smcp":
	// small capitals); a font without a feature sets the text as it would
	// without it. Tags that are not four bytes long are ignored.
	Features []string
}

// Engine shapes text. It is safe for concurrent use; shaped text is kept,
// so a word is shaped once per style.
type Engine struct {
	opt      Options
	lang     language.Language
	features []shaping.FontFeature

	cache   [][cacheShards]cacheShard // shaped text, by style, then by string
	workers sync.Pool

	mu       sync.Mutex
	fallback map[styleRune]*Font // fonts beyond the chains, by style and rune (nil: none)
}

// cacheShards is the number of parts the cache is cut into, each with its
// own lock, so that goroutines measuring at once seldom wait.
const cacheShards = 32

// A part of the store: keyed by the string alone (a string key takes Go's
// fast map path), its style being the store's.
type cacheShard struct {
	mu sync.RWMutex
	m  map[string]*Text
}

// shard returns the part of the store of s in style st.
func (e *Engine) shard(s string, st Style) *cacheShard {
	h := uint32(2166136261)
	for i := 0; i < len(s) && i < 16; i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return &e.cache[st][(h^uint32(len(s)))%cacheShards]
}

type styleRune struct {
	st Style
	sc language.Script
	r  rune
}

// New makes an engine. Every style needs at least one font.
func New(opt Options) *Engine {
	e := &Engine{opt: opt, lang: language.NewLanguage(opt.Language), fallback: map[styleRune]*Font{},
		cache: make([][cacheShards]cacheShard, len(opt.Styles))}
	for _, tag := range opt.Features {
		if len(tag) == 4 {
			e.features = append(e.features, shaping.FontFeature{Tag: ot.NewTag(tag[0], tag[1], tag[2], tag[3]), Value: 1})
		}
	}
	e.workers.New = func() any { return &worker{e: e, faces: map[*Font]*font.Face{}} }
	return e
}

// WithFeatures returns an engine that shapes as e does, with the same
// fonts and options, and with the OpenType features tags turned on as
// well (see Options.Features). It keeps a store of shaped text of its own.
func (e *Engine) WithFeatures(tags ...string) *Engine {
	opt := e.opt
	opt.Features = append(slices.Clip(opt.Features), tags...)
	return New(opt)
}

// Text is shaped text: runs in logical order.
type Text struct {
	Runs []Run
	// Advance is the width, in thousandths of an em.
	Advance float64
	// Missing lists the characters that no font has (each once, in order
	// of first use): they are drawn as the font's .notdef glyph.
	Missing []rune
}

// Run is a stretch of text in one font and one direction.
type Run struct {
	Font *Font
	// Level is the bidirectional embedding level: odd for right to left.
	Level uint8
	// Glyphs are in visual order, left to right.
	Glyphs  []Glyph
	Advance float64
	// Offsets move glyphs off their place (marks): nil when none moves,
	// else the (x, y) offset of each glyph, in thousandths of an em.
	Offsets [][2]float32
}

// Offset is how far glyph i of the run is moved right and up from where
// the advances put it, in thousandths of an em.
func (r *Run) Offset(i int) (dx, dy float32) {
	if r.Offsets == nil {
		return 0, 0
	}
	return r.Offsets[i][0], r.Offsets[i][1]
}

// VisualOrder returns the indices of runs in visual order, left to right
// (Unicode's rule L2: from the highest level down, reverse every sequence
// of runs at that level or above).
func VisualOrder(runs []Run) []int {
	if len(runs) == 1 {
		return justOne // most text is one run: no allocation
	}
	order := make([]int, len(runs))
	hi, lo := uint8(0), uint8(255)
	for i, r := range runs {
		order[i] = i
		hi, lo = max(hi, r.Level), min(lo, r.Level)
	}
	if lo%2 == 0 {
		lo++
	}
	for lvl := hi; lvl >= lo && lvl > 0; lvl-- {
		for i := 0; i < len(order); {
			if runs[order[i]].Level < lvl {
				i++
				continue
			}
			j := i
			for j < len(order) && runs[order[j]].Level >= lvl {
				j++
			}
			slices.Reverse(order[i:j])
			i = j
		}
	}
	return order
}

// justOne is the order of one run. Callers do not change what VisualOrder
// returns.
var justOne = []int{0}

// RTL reports whether the run goes right to left.
func (r Run) RTL() bool { return r.Level%2 == 1 }

// Glyph is one positioned glyph. Its measures are in thousandths of an
// em.
type Glyph struct {
	ID uint16
	// Clusters is the number of glyphs in the glyph's cluster, on its first
	// glyph (in visual order); 0 on the others.
	Clusters uint16
	Advance  float32
	// Text is the characters of the cluster, on its first glyph; "" on the
	// others.
	Text string
}

// maxCached is the longest text whose shape is kept: words and short
// strings come back, a long line of code or a huge "word" seldom does, and
// keeping it would hold memory for nothing.
const maxCached = 256

// Shape shapes s in style st. The result may be shared: do not change it.
func (e *Engine) Shape(s string, st Style) *Text {
	if len(s) > maxCached {
		w := e.workers.Get().(*worker)
		defer e.workers.Put(w)
		return w.shape(s, st)
	}
	sh := e.shard(s, st)
	sh.mu.RLock()
	t, ok := sh.m[s]
	sh.mu.RUnlock()
	if ok {
		return t
	}
	w := e.workers.Get().(*worker)
	t = w.shape(s, st)
	e.workers.Put(w)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if old, ok := sh.m[s]; ok {
		return old
	}
	if sh.m == nil {
		sh.m = map[string]*Text{}
	}
	sh.m[strings.Clone(s)] = t // not the paragraph s may be cut from
	return t
}

// Forget empties the engine's store of shaped text (it may shape again,
// from nothing): for a caller that is done measuring and drawing and
// wants the memory back before its next step.
func (e *Engine) Forget() {
	for st := range e.cache {
		for i := range e.cache[st] {
			sh := &e.cache[st][i]
			sh.mu.Lock()
			sh.m = nil
			sh.mu.Unlock()
		}
	}
}

// Width is the width of s set in st at size, in the size's unit.
func (e *Engine) Width(s string, st Style, size float64) float64 {
	return e.Shape(s, st).Advance * size / 1000
}

// find returns the font for r in st beyond the chain: a system font of
// the same kind, or nil.
func (e *Engine) find(st Style, sc language.Script, r rune) *Font {
	if e.opt.System == nil {
		return nil
	}
	k := styleRune{st, sc, r}
	e.mu.Lock()
	defer e.mu.Unlock()
	if f, ok := e.fallback[k]; ok {
		return f
	}
	f := e.opt.System.Find(r, e.opt.Styles[st], e.opt.Language, sc)
	e.fallback[k] = f
	return f
}

// worker is one goroutine's shaping state: go-text's shaper, segmenter
// and faces keep caches and buffers that are not safe to share.
type worker struct {
	e      *Engine
	shaper shaping.HarfbuzzShaper
	seg    shaping.Segmenter
	faces  map[*Font]*font.Face
	fonts  map[*font.Face]*Font
	st     Style
	script language.Script
	runes  []rune
	offs   []int // the byte offset of each rune, and the length
}

// SetScript is told the script of the text whose fonts are resolved next.
func (w *worker) SetScript(sc language.Script) { w.script = sc }

func (w *worker) face(f *Font) *font.Face {
	fc, ok := w.faces[f]
	if !ok {
		fc = font.NewFace(f.font())
		w.faces[f] = fc
		if w.fonts == nil {
			w.fonts = map[*font.Face]*Font{}
		}
		w.fonts[fc] = f
	}
	return fc
}

// ResolveFace is the segmenter's font choice for r: the first font of the
// style's chain that has it and supports its script, else the first that
// has it, else a system font, else the chain's first (which draws it as
// .notdef).
func (w *worker) ResolveFace(r rune) *font.Face {
	chain := w.e.opt.Styles[w.st].Chain
	var partial *font.Face // the first font that has r but not its script
	for _, f := range chain {
		fc := w.face(f)
		if _, ok := fc.NominalGlyph(r); ok {
			if w.script == language.Common || w.script == language.Inherited || w.script == language.Unknown || f.supports(w.script) {
				return fc
			}
			if partial == nil {
				partial = fc
			}
		}
	}
	if partial != nil {
		return partial
	}
	if f := w.e.find(w.st, w.script, r); f != nil {
		return w.face(f)
	}
	return w.face(chain[0])
}

// size is the shaping size: a thousand units to the em, so that advances
// come out in thousandths of an em (in 26.6 fixed point).
const size = fixed.Int26_6(1000 << 6)

func (w *worker) shape(s string, st Style) *Text {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	} else {
		s = strings.Clone(s) // the clusters' texts are cut from it: not from a paragraph
	}
	w.st = st
	w.runes, w.offs = w.runes[:0], w.offs[:0]
	for i, r := range s {
		w.runes = append(w.runes, r)
		w.offs = append(w.offs, i)
	}
	w.offs = append(w.offs, len(s))
	// The text and its first run are allocated together: most text is one
	// run.
	tr := &struct {
		Text
		run [1]Run
	}{}
	t := &tr.Text
	t.Runs = tr.run[:0:1]
	if len(w.runes) == 0 {
		return t
	}
	dir := di.DirectionLTR
	if w.e.opt.RTL {
		dir = di.DirectionRTL
	}
	in := shaping.Input{Text: w.runes, RunStart: 0, RunEnd: len(w.runes), Direction: dir, Size: size, Language: w.e.lang, FontFeatures: w.e.features}
	for _, part := range w.seg.Split(in, w) {
		out := w.shaper.Shape(part)
		run := Run{Font: w.fonts[part.Face]}
		rtl := part.Direction.Progression() == di.TowardTopLeft
		switch {
		case rtl:
			run.Level = 1
		case w.e.opt.RTL:
			run.Level = 2
		}
		run.Glyphs = make([]Glyph, len(out.Glyphs))
		prev := -1
		for i, g := range out.Glyphs {
			x := &run.Glyphs[i]
			x.ID = uint16(g.GlyphID)
			x.Advance = float32(g.Advance) / 64
			if g.XOffset != 0 || g.YOffset != 0 {
				if run.Offsets == nil {
					run.Offsets = make([][2]float32, len(out.Glyphs))
				}
				run.Offsets[i] = [2]float32{float32(g.XOffset) / 64, float32(g.YOffset) / 64}
			}
			run.Advance += float64(x.Advance)
			if g.ClusterIndex != prev {
				prev = g.ClusterIndex
				end := min(g.ClusterIndex+g.RuneCount, len(w.runes))
				x.Text = s[w.offs[g.ClusterIndex]:w.offs[end]]
				x.Clusters = uint16(g.GlyphCount)
				if g.GlyphID == 0 {
					t.Missing = addMissing(t.Missing, w.runes[g.ClusterIndex:end])
				}
			}
		}
		t.Advance += run.Advance
		t.Runs = append(t.Runs, run)
	}
	return t
}

// addMissing adds the visible characters of rs to list, each once.
func addMissing(list []rune, rs []rune) []rune {
next:
	for _, r := range rs {
		if Ignorable(r) {
			continue
		}
		for _, m := range list {
			if m == r {
				continue next
			}
		}
		list = append(list, r)
	}
	return list
}

// Ignorable reports whether r is drawn as nothing (controls, joiners,
// variation selectors, format characters): no font needs it.
func Ignorable(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7F && r < 0xA0, r == 0xAD, r == 0x034F, r == 0x061C,
		r >= 0x115F && r <= 0x1160, r >= 0x17B4 && r <= 0x17B5, r >= 0x180B && r <= 0x180F,
		r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F,
		r == 0x3164, r >= 0xFE00 && r <= 0xFE0F, r == 0xFEFF, r == 0xFFA0, r >= 0xFFF0 && r <= 0xFFF8,
		r >= 0x1BCA0 && r <= 0x1BCA3, r >= 0x1D173 && r <= 0x1D17A, r >= 0xE0000 && r <= 0xE0FFF:
		return true
	}
	return false
}
