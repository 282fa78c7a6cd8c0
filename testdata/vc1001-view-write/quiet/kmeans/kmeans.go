// Quiet: k-means with centroids updated in place through row views made in
// the loop that writes them; data rows are only read.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func nearest(p, centroids *ndarray.Array[float64]) int {
	best, bestD := 0, -1.0
	for c := 0; c < centroids.Shape()[0]; c++ {
		d := ndarray.Sub(p, centroids.Slice(ndarray.I(c)))
		dist := ndarray.Sum(ndarray.Mul(d, d))
		if bestD < 0 || dist < bestD {
			best, bestD = c, dist
		}
	}
	return best
}

func main() {
	data := ndarray.FromSlice([]float64{0, 0, 0, 1, 10, 10, 10, 11, 1, 0, 11, 10}, 6, 2)
	centroids := data.Take([]int{0, 2}, 0)
	for it := 0; it < 5; it++ {
		sums := ndarray.Zeros[float64](2, 2)
		counts := []float64{0, 0}
		for i := 0; i < data.Shape()[0]; i++ {
			p := data.Slice(ndarray.I(i))
			c := nearest(p, centroids)
			ndarray.AddAssign(sums.Slice(ndarray.I(c)), p)
			counts[c]++
		}
		for c := 0; c < 2; c++ {
			row := centroids.Slice(ndarray.I(c))
			row.Assign(sums.Slice(ndarray.I(c)))
			ndarray.ScaleAssign(row, 1/counts[c])
		}
	}
	fmt.Println(centroids)
}
