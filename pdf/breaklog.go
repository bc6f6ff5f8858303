package pdf

import "math"

// A drawing pass composes every chapter again, as the last dry pass did,
// with the same page numbers printed (or numbers as wide): every paragraph
// gets the same items, and breaks the same way. So a dry pass records, per
// chapter and in the order its paragraphs are composed, which line-breaking
// pass succeeded and where the lines broke, and the drawing pass makes the
// items of that pass alone and places the lines where the log says,
// without looking for the breaks again. A fingerprint of the items (their
// count and every measure the line breaker reads) guards each entry: on a
// mismatch the paragraph is composed in full.

// breakLog is the line breaks of one chapter's paragraphs, in order.
type breakLog struct {
	entries []breakEntry
	breaks  []int32 // the breaks of all entries, one after the other
	next    int     // replaying: the next entry
}

// breakEntry is one compose call: the pass that succeeded (its index in
// passes), the fingerprint of its items and its breaks, breaks[from:to].
type breakEntry struct {
	pass     uint8
	n        int32 // items
	sum      uint64
	from, to int32
}

// fingerprint hashes what the line breaker reads of items and the measure.
func fingerprint(items []kpItem, measure float64) uint64 {
	h := uint64(len(items))*0x9e3779b97f4a7c15 ^ math.Float64bits(measure)
	mix := func(u uint64) {
		h ^= u
		h *= 0xff51afd7ed558ccd
		h ^= h >> 32
	}
	for _, it := range items {
		flags := uint64(it.kind)
		if it.fill {
			flags |= 1 << 8
		}
		if it.flagged {
			flags |= 1 << 9
		}
		mix(math.Float64bits(it.width) ^ flags<<53)
		mix(math.Float64bits(it.stretch))
		mix(math.Float64bits(it.shrink))
		mix(math.Float64bits(it.penalty))
	}
	return h
}

// record adds a paragraph's breaks, found by pass p for items.
func (l *breakLog) record(p int, items []kpItem, measure float64, breaks []int) {
	e := breakEntry{pass: uint8(p), n: int32(len(items)), sum: fingerprint(items, measure), from: int32(len(l.breaks))}
	for _, b := range breaks {
		l.breaks = append(l.breaks, int32(b))
	}
	e.to = int32(len(l.breaks))
	l.entries = append(l.entries, e)
}

// take returns the next entry, if any.
func (l *breakLog) take() (breakEntry, bool) {
	if l.next >= len(l.entries) {
		return breakEntry{}, false
	}
	e := l.entries[l.next]
	l.next++
	return e, true
}
