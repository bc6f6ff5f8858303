package corpus

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quire-books/quire/internal/validate"
)

// Bounds every limit case must stay within (unless its Time says
// otherwise: a 50 MB chapter is some 30,000 pages).
const (
	limitTime   = 60 * time.Second
	limitMemory = 2 << 30 // peak live heap, bytes
)

// TestLimits builds every limit book (limits.go) in a temporary folder and
// checks that the build returns within limitTime and limitMemory without a
// panic, with either valid editions (every EPUB XML entry well-formed,
// qpdf --check clean when installed) or an error that says where. The
// slow cases (a 50 MB chapter, 10,000 chapters) run only with
// QUIRE_LIMITS=1 and without -short:
//
//	QUIRE_LIMITS=1 go test -count=1 -run TestLimits -v -timeout 30m ./internal/corpus
func TestLimits(t *testing.T) {
	slow := os.Getenv("QUIRE_LIMITS") == "1" && !testing.Short()
	for _, c := range Limits() {
		t.Run(c.Name, func(t *testing.T) {
			if c.Slow && !slow {
				t.Skip("slow: set QUIRE_LIMITS=1 (and no -short) to run it")
			}
			src, out := t.TempDir(), t.TempDir()
			if err := c.Write(src); err != nil {
				t.Fatal(err)
			}
			bound := limitTime
			if c.Time > 0 {
				bound = c.Time
			}
			res, elapsed, peak, err := buildBounded(t, src, out, bound)
			t.Logf("%s: %v, peak heap %d MB", c.Name, elapsed.Round(time.Millisecond), peak>>20)
			if peak > limitMemory {
				t.Errorf("peak heap %d MB, over %d MB", peak>>20, limitMemory>>20)
			}
			checkOutcome(t, res, err, c.Text)
		})
	}
}

// buildBounded runs Build in a goroutine, fails t on a panic or when it
// takes longer than bound, and samples the live heap while it runs.
func buildBounded(t *testing.T, src, out string, bound time.Duration) (Result, time.Duration, uint64, error) {
	t.Helper()
	runtime.GC()
	debug.FreeOSMemory()
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	type done struct {
		res   Result
		err   error
		panic any
		stack []byte
	}
	ch := make(chan done, 1)
	start := time.Now()
	go func() {
		defer func() {
			if p := recover(); p != nil {
				ch <- done{panic: p, stack: debug.Stack()}
			}
		}()
		res, err := Build(src, out)
		ch <- done{res: res, err: err}
	}()
	var d done
	select {
	case d = <-ch:
	case <-time.After(bound):
		close(stop)
		t.Fatalf("the build did not return within %v", bound)
	}
	elapsed := time.Since(start)
	close(stop)
	<-sampled
	if d.panic != nil {
		t.Fatalf("the build panicked: %v\n%s", d.panic, d.stack)
	}
	return d.res, elapsed, peak.Load(), d.err
}

// checkOutcome accepts a valid book or a clear error: diagnostics with a
// file and line, or a renderer error naming the chapter being set.
func checkOutcome(t *testing.T, res Result, err error, text string) {
	t.Helper()
	switch {
	case err != nil:
		if !strings.Contains(err.Error(), "chapter ") || !strings.Contains(err.Error(), ".md") {
			t.Errorf("renderer error does not name the chapter: %v", err)
		}
		t.Logf("outcome: error %v", clip(err.Error()))
	case res.Diags.HasErrors():
		for _, d := range res.Diags {
			if d.Severity.String() == "error" && (d.Pos.File == "" || d.Pos.Line <= 0) {
				t.Errorf("error without file:line: %v", d)
			}
		}
		t.Logf("outcome: %s", clip(fmt.Sprint(res.Diags)))
	default:
		if err := CheckEPUB(res.EPUB); err != nil {
			t.Errorf("EPUB: %v", err)
		}
		if text != "" {
			got, err := validate.EPUBText(res.EPUB)
			if err != nil {
				t.Error(err)
			} else if !strings.Contains(got, text) {
				t.Errorf("the EPUB lost the text %q", text)
			}
		}
		if err := CheckPDF(res.PDF); err != nil {
			t.Errorf("PDF: %v", err)
		}
		if validate.Available("qpdf") {
			if _, err := validate.QPDFCheck(res.PDF); err != nil {
				t.Errorf("%v", clip(err.Error()))
			}
		}
		st, _ := os.Stat(res.PDF)
		se, _ := os.Stat(res.EPUB)
		t.Logf("outcome: built (EPUB %d KB, PDF %d KB, %d warnings)", se.Size()>>10, st.Size()>>10, len(res.Diags))
	}
}

// clip shortens a message for the log.
func clip(s string) string {
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}
