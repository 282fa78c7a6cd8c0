// Package slicesyncselect hands chunks of a reused buffer to a consumer
// and waits for it (an acknowledgement in a select, or a lock) before the
// next Read.
package slicesyncselect

import (
	"context"
	"io"
	"sync"
)

func Pump(ctx context.Context, r io.Reader, out chan<- []byte, ack <-chan struct{}) error {
	buf := make([]byte, 4096)
	for {
		n, err := r.Read(buf)
		if err != nil {
			return err
		}
		out <- buf[:n]
		select {
		case <-ack:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

type shared struct {
	mu   sync.Mutex
	data []int
}

func (s *shared) Run(steps int) {
	go func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		_ = s.data[0]
	}()
	for i := 0; i < steps; i++ {
		s.mu.Lock()
		copy(s.data, []int{i})
		s.mu.Unlock()
	}
}

func Both(f, g func() error) []error {
	errs := make([]error, 2)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		errs[0] = f()
	}()
	errs[1] = g()
	wg.Wait()
	return errs
}
