package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"
)

// verbosity is how much a command says on stderr besides its diagnostics.
type verbosity int

const (
	quietOutput   verbosity = iota // --quiet: errors only
	normalOutput                   // a live display on a terminal, a few lines elsewhere
	verboseOutput                  // --verbose: every stage's time and count, each file written
)

// liveDelay is how long a stage runs before its live display appears: a
// quick build draws nothing.
const liveDelay = 300 * time.Millisecond

// reporter tells the user how a build is going, on stderr, one stage at a
// time (reading the chapters, setting the pages, writing the editions):
//
//   - on a terminal, a live display of the running stage (chapters
//     parsed, pages set, bytes written) that is removed when the stage
//     ends;
//   - elsewhere (a pipe, a CI log), one line per stage when it ends,
//     with its count and time;
//   - with --verbose, those lines on a terminal too, and a line per file
//     written and for the whole build;
//   - with --quiet, nothing.
//
// Stages run one after another, and nothing else is printed while one
// runs, so the live display never mixes with other output. A nil
// *reporter reports nothing.
type reporter struct {
	w     io.Writer
	cmd   string // "quire build": the prefix of each line
	level verbosity
	live  bool // draw the live display
	lines bool // print a line as each stage ends
	now   func() time.Time
	began time.Time

	stage *stage // the running stage, or nil
}

// stage is one running stage.
type stage struct {
	name, unit string
	start      time.Time
	shown      chan any      // closed when the live display may appear
	bars       *mpb.Progress // the live display, made at the first count; nil without one
	bar        *mpb.Bar
	last       int64 // the count so far
}

// newReporter makes the reporter for a command writing its report to w;
// live says w is a terminal that can show a live display.
func newReporter(w io.Writer, cmd string, level verbosity, live bool) *reporter {
	r := &reporter{w: w, cmd: cmd, level: level, now: time.Now}
	switch level {
	case normalOutput:
		r.live, r.lines = live, !live
	case verboseOutput:
		r.live, r.lines = live, true
	}
	r.began = r.now()
	return r
}

// isTerminal says whether w is a terminal that can show a live display.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd())) && os.Getenv("TERM") != "dumb"
}

// begin starts a stage; name labels its live display and unit names what
// it counts ("chapters", "pages", "bytes"). total is 0 when unknown.
func (r *reporter) begin(name, unit string, total int) {
	r.beginAfter(liveDelay, name, unit, total)
}

// beginAfter is begin with the live display's delay.
func (r *reporter) beginAfter(delay time.Duration, name, unit string, total int) {
	if r == nil {
		return
	}
	r.end() // a stage left running ends here, silently
	st := &stage{name: name, unit: unit, start: r.now(), shown: make(chan any)}
	if delay > 0 {
		time.AfterFunc(delay, func() { close(st.shown) })
	} else {
		close(st.shown)
	}
	r.stage = st
	if total > 0 {
		r.show(total)
	}
}

// show makes the running stage's live display, if there is to be one and
// it is not made yet: a bar when the total is known (the first count
// says), a spinner otherwise.
func (r *reporter) show(total int) {
	st := r.stage
	if !r.live || st.bars != nil {
		return
	}
	st.bars, st.bar = liveBar(r.w, st.shown, st.name, st.unit, total)
}

// above returns the writer for lines meant for w while a stage runs: the
// live display, which prints them above itself, when w is the terminal it
// draws on (stderr, or stdout on the same terminal); w otherwise.
func (r *reporter) above(w io.Writer) io.Writer {
	if r == nil || r.stage == nil || r.stage.bars == nil || (w != r.w && !isTerminal(w)) {
		return w
	}
	return r.stage.bars
}

// liveBar makes the live display of a stage: a bar when its total is
// known, a spinner otherwise, with its count and time. It appears only
// when shown is closed, so that a quick stage draws nothing (lines
// written above it before would be lost: a stage that prints shows at
// once), and it is removed when the stage ends.
func liveBar(w io.Writer, shown chan any, name, unit string, total int) (*mpb.Progress, *mpb.Bar) {
	bars := mpb.New(mpb.WithOutput(w), mpb.WithWidth(64), mpb.WithRefreshRate(150*time.Millisecond),
		mpb.WithRenderDelay(shown))
	var count decor.Decorator
	switch {
	case unit == "bytes":
		count = decor.Current(decor.SizeB1024(0), "% .1f", decor.WC{W: 10})
	case total > 0:
		count = decor.CountersNoUnit("%d / %d "+unit, decor.WC{W: 12})
	default:
		count = decor.CurrentNoUnit("%d "+unit, decor.WC{W: 10})
	}
	bopts := []mpb.BarOption{
		mpb.BarRemoveOnComplete(),
		mpb.PrependDecorators(decor.Name(name, decor.WC{W: len(name) + 1, C: decor.DindentRight})),
		mpb.AppendDecorators(count, decor.Elapsed(decor.ET_STYLE_GO, decor.WC{W: 6})),
	}
	if total > 0 {
		return bars, bars.AddBar(int64(total), bopts...)
	}
	return bars, bars.New(0, mpb.SpinnerStyle(), bopts...)
}

// count reports the running stage's progress: done so far, of total (0:
// unknown).
func (r *reporter) count(done, total int) {
	if r == nil || r.stage == nil {
		return
	}
	st := r.stage
	st.last = int64(done)
	r.show(total)
	if st.bar == nil {
		return
	}
	if total > 0 {
		st.bar.SetTotal(int64(total), false)
	}
	st.bar.SetCurrent(st.last)
}

// add adds n to the running stage's count (bytes written).
func (r *reporter) add(n int) {
	if r == nil || r.stage == nil {
		return
	}
	r.stage.last += int64(n)
	r.show(0)
	if r.stage.bar != nil {
		r.stage.bar.IncrBy(n)
	}
}

// last is the running stage's count so far: the pages of the last
// layout pass, the bytes written.
func (r *reporter) last() int {
	if r == nil || r.stage == nil {
		return 0
	}
	return int(r.stage.last)
}

// done ends the running stage and prints its line: what it did, then its
// time, "quire build: laid out 212 pages (1.9 s)".
func (r *reporter) done(format string, args ...any) {
	if r == nil || r.stage == nil {
		return
	}
	took := r.now().Sub(r.stage.start)
	r.end()
	if r.lines {
		fmt.Fprintf(r.w, "%s: %s (%s)\n", r.cmd, fmt.Sprintf(format, args...), seconds(took))
	}
}

// end stops the running stage's live display, if any, and waits until it
// is gone from the terminal.
func (r *reporter) end() {
	if r == nil || r.stage == nil {
		return
	}
	if st := r.stage; st.bars != nil {
		st.bar.SetTotal(-1, true)
		st.bars.Wait()
	}
	r.stage = nil
}

// verbosef prints a line with --verbose only.
func (r *reporter) verbosef(format string, args ...any) {
	if r == nil || r.level < verboseOutput {
		return
	}
	fmt.Fprintf(r.w, "%s: %s\n", r.cmd, fmt.Sprintf(format, args...))
}

// finished prints, with --verbose, the time of the whole command.
func (r *reporter) finished() {
	if r == nil {
		return
	}
	r.end()
	r.verbosef("done (%s)", seconds(r.now().Sub(r.began)))
}

// seconds prints a duration as "1.9 s".
func seconds(d time.Duration) string {
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// counted is plural, with "no" for none: "no pages".
func counted(n int, word string) string {
	if n == 0 {
		return "no " + word + "s"
	}
	return plural(n, word)
}
