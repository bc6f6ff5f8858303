package preview

import (
	"time"
)

// Debouncer gathers file events into batches for rebuilds. A batch is due
// once no event has come for Quiet (an editor's save is a burst of events),
// or MaxWait after its first event when events never stop, and never while
// a rebuild runs: events that come during one wait for it to finish.
//
// It is a plain state machine: the caller passes the time in, so that
// tests need no clock.
type Debouncer struct {
	Quiet   time.Duration
	MaxWait time.Duration

	pending     []string // in order of first event, once each
	seen        map[string]bool
	first, last time.Time // of the pending events
	running     bool
}

// Add records an event for path at now.
func (d *Debouncer) Add(path string, now time.Time) {
	if d.seen == nil {
		d.seen = map[string]bool{}
	}
	if len(d.pending) == 0 {
		d.first = now
	}
	d.last = now
	if !d.seen[path] {
		d.seen[path] = true
		d.pending = append(d.pending, path)
	}
}

// Wake returns when Take may next return a batch, and false when it never
// will until Add or Done is called.
func (d *Debouncer) Wake() (time.Time, bool) {
	if d.running || len(d.pending) == 0 {
		return time.Time{}, false
	}
	at := d.last.Add(d.Quiet)
	if d.MaxWait > 0 {
		if limit := d.first.Add(d.MaxWait); limit.Before(at) {
			at = limit
		}
	}
	return at, true
}

// Take returns the pending paths when a batch is due at now, and marks a
// rebuild as running until Done.
func (d *Debouncer) Take(now time.Time) ([]string, bool) {
	at, ok := d.Wake()
	if !ok || now.Before(at) {
		return nil, false
	}
	batch := d.pending
	d.pending, d.seen = nil, nil
	d.running = true
	return batch, true
}

// Start marks a rebuild as running without taking a batch (the first
// build, which no event asked for).
func (d *Debouncer) Start() { d.running = true }

// Done marks the running rebuild as finished.
func (d *Debouncer) Done() { d.running = false }

// Running reports whether a rebuild is running.
func (d *Debouncer) Running() bool { return d.running }
