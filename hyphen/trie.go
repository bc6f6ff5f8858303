package hyphen

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// Symbols: every character that occurs in a pattern gets a small number.
const (
	symNone     = 0 // a character no pattern contains: no pattern matches across it
	symBoundary = 1 // '.', the word boundary
	maxSymbols  = 256
)

// maxLetters is the longest word (in letters) that is hyphenated, as in TeX.
const maxLetters = 63

// Hyphenator finds the places a word may be hyphenated in one language. It is
// immutable after New and safe for concurrent use.
type Hyphenator struct {
	tag         string // hyph-utf8 tag of the pattern set, e.g. "en-us"
	left, right int    // minimum letters before and after a hyphen

	// Alphabet: rune -> symbol. ASCII by table, the rest by binary search.
	ascii    [128]uint8
	wide     []rune // sorted
	wideSym  []uint8
	hasApost bool // the patterns treat apostrophes as letters (French, Italian)

	// The patterns as a double-array trie: the child of the node in slot s
	// along symbol c is in slot t = slots[s].base + c if slots[t].check == s+1.
	// The root is slot 0.
	slots []slot
	// The values of all patterns; a node's pattern is values[val>>8:][:val&0xff],
	// one value per gap from before its first symbol to after its last.
	values []uint8

	// Exceptions: lower-case word -> bit m set when a hyphen may follow letter
	// m. excBloom has bit hash(word)%4096 set for each, so that most words skip
	// the map lookup.
	exceptions map[string]uint64
	excBloom   [64]uint64
}

type slot struct {
	base  int32
	check int32  // parent slot + 1; 0 when the slot is free
	val   uint32 // offset<<8 | length of the pattern ending here, 0 for none
}

// Tag returns the hyph-utf8 tag of the pattern set in use, e.g. "en-us".
func (h *Hyphenator) Tag() string { return h.tag }

// Minimums returns the least number of letters before and after a hyphen.
func (h *Hyphenator) Minimums() (left, right int) { return h.left, h.right }

// symbol returns the symbol of a lower-case rune, symNone when no pattern
// contains it.
func (h *Hyphenator) symbol(r rune) uint8 {
	if r < 128 {
		return h.ascii[r]
	}
	lo, hi := 0, len(h.wide)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case h.wide[m] < r:
			lo = m + 1
		case h.wide[m] > r:
			hi = m
		default:
			return h.wideSym[m]
		}
	}
	return symNone
}

// builder accumulates a plain trie while the patterns are parsed, its edges
// in an open-addressing hash table; compile turns it into the double array.
type builder struct {
	h    *Hyphenator
	nsym int
	wide map[rune]uint8

	edges  []edge // power-of-two length, at most half full
	shift  uint32
	nedges int
	val    []uint32 // per node, as slot.val
}

// edge is one entry of the builder's edge table; key 0 marks an empty entry
// (symbol 0 is never stored, so no edge has key 0).
type edge struct {
	key uint32 // node<<8 | symbol
	kid int32
}

func (b *builder) symbolFor(r rune) (uint8, error) {
	if r == '.' {
		return symBoundary, nil
	}
	if r < 128 && b.h.ascii[r] != symNone {
		return b.h.ascii[r], nil
	}
	if s, ok := b.wide[r]; ok {
		return s, nil
	}
	if b.nsym == maxSymbols {
		return 0, fmt.Errorf("more than %d distinct characters in the patterns", maxSymbols-2)
	}
	s := uint8(b.nsym)
	b.nsym++
	if r < 128 {
		b.h.ascii[r] = s
	} else {
		b.wide[r] = s
	}
	if isApostrophe(r) {
		b.h.hasApost = true
	}
	return s, nil
}

// index returns where key is in the edge table, or the empty entry where it
// would go.
func (b *builder) index(key uint32) uint32 {
	mask := uint32(len(b.edges) - 1)
	i := (key * 0x9E3779B1) >> b.shift
	for b.edges[i].key != 0 && b.edges[i].key != key {
		i = (i + 1) & mask
	}
	return i
}

// kid returns the child of node along sym, adding it when add is set; -1 when
// there is none.
func (b *builder) kid(node int32, sym uint8, add bool) int32 {
	key := uint32(node)<<8 | uint32(sym)
	i := b.index(key)
	if b.edges[i].key == key {
		return b.edges[i].kid
	}
	if !add {
		return -1
	}
	kid := int32(len(b.val))
	b.val = append(b.val, 0)
	b.edges[i] = edge{key, kid}
	b.nedges++
	if 2*b.nedges > len(b.edges) {
		b.grow()
	}
	return kid
}

func (b *builder) grow() {
	old := b.edges
	size := max(2*len(old), 1024)
	b.edges = make([]edge, size)
	b.shift = uint32(32 - bits.Len(uint(size-1)))
	for _, e := range old {
		if e.key != 0 {
			b.edges[b.index(e.key)] = e
		}
	}
}

// build parses a hyph-utf8 pattern file (one pattern per line or
// whitespace-separated, "%" starts a comment) and its exception file.
func build(set patternSet, pat, hyp string) (*Hyphenator, error) {
	h := &Hyphenator{tag: set.tag, left: set.left, right: set.right}
	b := &builder{h: h, nsym: symBoundary + 1, wide: map[rune]uint8{}}
	b.val = make([]uint32, 1, len(pat)/2)
	h.values = make([]uint8, 0, len(pat))
	b.grow()

	var syms [maxLetters + 2]uint8
	var vals [maxLetters + 3]uint8
	err := fields(pat, func(field string, line int) error {
		n := 0
		clear(vals[:])
		for _, r := range field {
			if r >= '0' && r <= '9' {
				vals[n] = uint8(r - '0')
				continue
			}
			if n == len(syms) {
				return fmt.Errorf("hyph-%s.pat.txt:%d: pattern %q is too long", set.tag, line, field)
			}
			s, err := b.symbolFor(r)
			if err != nil {
				return fmt.Errorf("hyph-%s.pat.txt:%d: %w", set.tag, line, err)
			}
			syms[n] = s
			n++
		}
		if n == 0 {
			return fmt.Errorf("hyph-%s.pat.txt:%d: pattern %q has no letters", set.tag, line, field)
		}
		node := int32(0)
		for _, s := range syms[:n] {
			node = b.kid(node, s, true)
		}
		if b.val[node] != 0 {
			return fmt.Errorf("hyph-%s.pat.txt:%d: duplicate pattern %q", set.tag, line, field)
		}
		if len(h.values) >= 1<<24 {
			return fmt.Errorf("hyph-%s.pat.txt:%d: too many patterns", set.tag, line)
		}
		b.val[node] = uint32(len(h.values))<<8 | uint32(n+1)
		h.values = append(h.values, vals[:n+1]...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	b.compile()

	h.wide = make([]rune, 0, len(b.wide))
	for r := range b.wide {
		h.wide = append(h.wide, r)
	}
	slices.Sort(h.wide)
	h.wideSym = make([]uint8, len(h.wide))
	for i, r := range h.wide {
		h.wideSym[i] = b.wide[r]
	}

	err = fields(hyp, func(field string, line int) error {
		word, mask, err := parseException(field)
		if err != nil {
			return fmt.Errorf("hyph-%s.hyp.txt:%d: %w", set.tag, line, err)
		}
		if h.exceptions == nil {
			h.exceptions = map[string]uint64{}
		}
		h.exceptions[word] = mask
		hash := uint32(2166136261)
		for _, r := range word {
			hash = (hash ^ uint32(r)) * 16777619
		}
		h.excBloom[hash>>26] |= 1 << (hash & 63)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return h, nil
}

// fields calls fn with every whitespace-separated field of a TeX pattern or
// exception file and its line number, skipping "%" comments.
func fields(text string, fn func(field string, line int) error) error {
	line := 1
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			i = len(text)
		}
		l := text[:i]
		if c := strings.IndexByte(l, '%'); c >= 0 {
			l = l[:c]
		}
		for len(l) > 0 {
			l = strings.TrimLeft(l, " \t\r\f\v")
			j := strings.IndexAny(l, " \t\r\f\v")
			if j < 0 {
				j = len(l)
			}
			if j > 0 {
				if err := fn(l[:j], line); err != nil {
					return err
				}
			}
			l = l[j:]
		}
		text = text[min(i+1, len(text)):]
		line++
	}
	return nil
}

// compile lays the builder's trie out as a double array, placing each node's
// children (breadth first) at the lowest base where all their slots are free.
func (b *builder) compile() {
	nodes := len(b.val)
	// Children per node, sorted by symbol: count, then fill.
	first := make([]int32, nodes+1)
	for _, e := range b.edges {
		if e.key != 0 {
			first[e.key>>8+1]++
		}
	}
	for i := 1; i <= nodes; i++ {
		first[i] += first[i-1]
	}
	kids := make([]edge, b.nedges) // key holds the symbol only
	fill := slices.Clone(first[:nodes])
	for _, e := range b.edges {
		if e.key != 0 {
			p := e.key >> 8
			kids[fill[p]] = edge{e.key & 0xff, e.kid}
			fill[p]++
		}
	}

	// Free slots form a doubly linked list in increasing order (next and prev
	// hold slot indices; the list ends at the last slot, which stays free), so
	// that the search for a base visits free slots only.
	var (
		slots      []slot
		next, prev []int32
	)
	extend := func(size int) {
		old := len(slots)
		slots = append(slots, make([]slot, size-old)...)
		for i := old; i < size; i++ {
			next = append(next, int32(i+1))
			prev = append(prev, int32(i-1))
		}
		if old > 0 {
			// The old last slot was the list's end; it now links on.
			next[old-1] = int32(old)
		}
	}
	take := func(s int) {
		p, n := prev[s], next[s]
		if p >= 0 {
			next[p] = n
		}
		prev[n] = p
	}
	extend(nodes + nodes/2 + 2*maxSymbols)
	head := int32(1) // first free slot; slot 0 is the root
	slots[0].check = -1
	prev[1] = -1

	slotOf := make([]int32, nodes) // builder node -> slot
	queue := make([]int32, 1, nodes)
	for q := 0; q < len(queue); q++ {
		u := queue[q]
		su := slotOf[u]
		slots[su].val = b.val[u]
		ks := kids[first[u]:first[u+1]]
		if len(ks) == 0 {
			continue
		}
		slices.SortFunc(ks, func(x, y edge) int { return int(x.key) - int(y.key) })
		lo, hi := int(ks[0].key), int(ks[len(ks)-1].key)
		base := 0
	search:
		for f := int(head); ; f = int(next[f]) {
			for f+hi-lo+1 >= len(slots) {
				extend(len(slots) + len(slots)/2)
			}
			base = f - lo
			if base < 0 {
				continue
			}
			for _, k := range ks[1:] {
				if slots[base+int(k.key)].check != 0 {
					continue search
				}
			}
			break
		}
		slots[su].base = int32(base)
		for _, k := range ks {
			s := base + int(k.key)
			slots[s].check = su + 1
			if int32(s) == head {
				head = next[s]
			}
			take(s)
			slotOf[k.kid] = int32(s)
			queue = append(queue, k.kid)
		}
	}
	last := len(slots)
	for last > 1 && slots[last-1].check == 0 {
		last--
	}
	// Keep maxSymbols free slots at the end so that lookups need no bounds
	// test beyond the slice's own.
	b.h.slots = slices.Clip(slots[:min(last+maxSymbols, len(slots))])
	if len(b.h.slots) < last+maxSymbols {
		b.h.slots = append(b.h.slots, make([]slot, last+maxSymbols-len(b.h.slots))...)
	}
}

// parseException turns "as-so-ciate" into "associate" and a mask with bits 2
// and 4 set (a hyphen may follow the second and the fourth letter).
func parseException(field string) (string, uint64, error) {
	var sb strings.Builder
	var mask uint64
	n := 0
	for _, r := range strings.ToLower(field) {
		if r == '-' {
			if n == 0 || n > maxLetters {
				return "", 0, fmt.Errorf("exception %q: misplaced hyphen", field)
			}
			mask |= 1 << n
			continue
		}
		sb.WriteRune(r)
		n++
	}
	if n == 0 || n > maxLetters || mask&(1<<n) != 0 {
		return "", 0, fmt.Errorf("exception %q: bad word", field)
	}
	return sb.String(), mask, nil
}
