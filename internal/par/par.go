// Package par runs independent pieces of work on all CPUs: the one worker
// pool that loading (chapters) and the EPUB writer (chapters, zip
// entries) share.
package par

import (
	"runtime"
	"sync"
)

// Each runs do(0)…do(n-1) on up to GOMAXPROCS goroutines and returns when
// all have returned. Each do(i) must touch only what belongs to i, so the
// result does not depend on the order they run in.
func Each(n int, do func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range next {
				do(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
