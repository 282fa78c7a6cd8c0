// Package pipeline sends batches over channels: copies of a reused buffer, or
// views of data that does not change.
//
// Review: redteam2
package pipeline

import (
	"sync"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func Produce(src [][]float64, bs int) <-chan *nd.Array[float64] {
	ch := make(chan *nd.Array[float64], 4)
	go func() {
		defer close(ch)
		buf := nd.Zeros[float64](bs)
		for _, rec := range src {
			buf.Assign(nd.FromSlice(rec))
			ch <- buf.Copy()
		}
	}()
	return ch
}

func Shard(data *nd.Array[float64], n int) []float64 {
	ch := make(chan *nd.Array[float64], n)
	per := data.Shape()[0] / n
	for i := 0; i < n; i++ {
		ch <- data.Slice(nd.S(i*per, (i+1)*per))
	}
	close(ch)
	var mu sync.Mutex
	var wg sync.WaitGroup
	var sums []float64
	for part := range ch {
		wg.Go(func() {
			s := nd.Sum(part)
			mu.Lock()
			sums = append(sums, s)
			mu.Unlock()
		})
	}
	wg.Wait()
	return sums
}
