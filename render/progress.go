package render

import "sync"

// Progress is told how many of a run's total items are done, after each
// one. Calls never overlap, and done only grows.
type Progress func(done, total int)

// counter reports to a Progress from parallel workers.
type counter struct {
	mu          sync.Mutex
	done, total int
	report      Progress
}

func newCounter(p Progress, total int) *counter {
	return &counter{total: total, report: p}
}

func (c *counter) add(n int) {
	if c.report == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done += n
	c.report(c.done, c.total)
}
