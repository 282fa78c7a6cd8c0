// Package goroutines scales image rows in parallel.
//
// Review: redteam
package goroutines

import (
	"sync"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Gain multiplies each row of img by its gain, one goroutine per row, and
// returns the image's mean.
func Gain(img *nd.Array[float64], gains []float64) float64 {
	var wg sync.WaitGroup
	for i, g := range gains {
		wg.Add(1)
		go func() {
			defer wg.Done()
			nd.ScaleAssign(img.Slice(nd.I(i)), g)
		}()
	}
	wg.Wait()
	return nd.Mean(img)
}
