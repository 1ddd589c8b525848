package render

import (
	"fmt"
	"iter"
	"runtime"
)

// ahead makes values 0..n-1 with fn on workers goroutines (0: one per
// core), at most a few per worker ahead of the one being used, and yields
// them in order with their errors: work spread over every core, in memory
// that does not grow with n. A consumer that stops early stops the making
// of more; values being made when it stops are made and dropped.
func ahead[T any](n, workers int, fn func(i int) (T, error)) iter.Seq2[T, error] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type result struct {
		v   T
		err error
	}
	return func(yield func(T, error) bool) {
		stop := make(chan struct{})
		defer close(stop)
		queue := make(chan chan result, 2*workers) // made or being made, in order
		go func() {
			defer close(queue)
			busy := make(chan struct{}, workers)
			for i := range n {
				r := make(chan result, 1)
				select {
				case queue <- r:
				case <-stop:
					return
				}
				select {
				case busy <- struct{}{}:
				case <-stop:
					return
				}
				go func() {
					var res result
					defer func() {
						<-busy
						r <- res
					}()
					defer caught(&res.err)
					res.v, res.err = fn(i)
				}()
			}
		}()
		for r := range queue {
			res := <-r
			if !yield(res.v, res.err) {
				return
			}
		}
	}
}

// PanicError is a panic on a worker goroutine, passed on to the caller as
// an error: no recover on the caller's goroutine could catch it, and the
// whole process would die with a Go trace.
type PanicError struct{ Value any }

func (e *PanicError) Error() string { return fmt.Sprint("internal error: ", e.Value) }

// caught turns a panic into *err.
func caught(err *error) {
	if v := recover(); v != nil {
		*err = &PanicError{v}
	}
}
