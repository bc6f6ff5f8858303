package epub

import (
	"fmt"

	"github.com/quire-books/quire/internal/par"
)

// each runs do(0)…do(n-1) on all CPUs (par.Each) and returns the error
// of the lowest i that failed, so the result does not depend on the
// scheduling. A panic in do(i) becomes that i's error, saying where
// (named by where(i)): a goroutine's panic would otherwise end the program.
func each(n int, where func(i int) string, do func(i int) error) error {
	errs := make([]error, n)
	par.Each(n, func(i int) {
		errs[i] = safely(where(i), func() error { return do(i) })
	})
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
