package epub

import (
	"fmt"
	"runtime"
	"sync"
)

// each runs do(0)…do(n-1) on up to GOMAXPROCS goroutines and returns the
// error of the lowest i that failed, so the result does not depend on the
// scheduling. A panic in do(i) becomes that i's error, saying where
// (named by where(i)): a goroutine's panic would otherwise end the program.
func each(n int, where func(i int) string, do func(i int) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range next {
				errs[i] = safely(where(i), func() error { return do(i) })
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// safely runs do, turning a panic into an error that names where.
func safely(where string, do func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("epub: writing %s: %v", where, p)
		}
	}()
	return do()
}
