// Package slicegowait hands a buffer to goroutines and waits for them all
// before writing it again.
package slicegowait

import "sync"

func Rounds(data []float64, rounds int, work func([]float64)) {
	var wg sync.WaitGroup
	for r := 0; r < rounds; r++ {
		for i := 0; i < 4; i++ {
			wg.Add(1)
			go func(part []float64) {
				defer wg.Done()
				work(part)
			}(data[i*len(data)/4 : (i+1)*len(data)/4])
		}
		wg.Wait()
		for i := range data {
			data[i] *= 0.5
		}
	}
}
