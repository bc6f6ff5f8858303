package par

import (
	"runtime"
	"sync/atomic"
	"testing"
)

// TestEach: every index runs exactly once, on at most GOMAXPROCS
// goroutines at a time, whatever n.
func TestEach(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		runs := make([]atomic.Int32, n)
		var running, most atomic.Int32
		Each(n, func(i int) {
			now := running.Add(1)
			for m := most.Load(); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
			}
			runs[i].Add(1)
			running.Add(-1)
		})
		for i := range runs {
			if r := runs[i].Load(); r != 1 {
				t.Fatalf("n=%d: do(%d) ran %d times", n, i, r)
			}
		}
		if m := most.Load(); int(m) > runtime.GOMAXPROCS(0) {
			t.Errorf("n=%d: %d at once, GOMAXPROCS is %d", n, m, runtime.GOMAXPROCS(0))
		}
	}
}
