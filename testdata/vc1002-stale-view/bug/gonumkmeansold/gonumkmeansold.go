// Bug (VC1002): k-means keeps the old centroids as a Slice of the centroid matrix to
// measure how far they moved: after the update step the "old" centroids are
// the new ones, the shift is 0, and the loop stops after one iteration
// with centroids [1 1; 5.8 5.8] instead of going on to [2 2; 8 8] (found
// in the third iteration).
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(6, 2, []float64{1, 1, 2, 2, 3, 3, 7, 7, 8, 8, 9, 9})
	centroids := mat.NewDense(2, 2, []float64{0, 0, 3, 3})
	for iter := 1; iter <= 20; iter++ {
		old := centroids.Slice(0, 2, 0, 2)
		// Assignment: each point to its nearest centroid.
		sums := mat.NewDense(2, 2, nil)
		counts := []float64{0, 0}
		for i := 0; i < 6; i++ {
			best, bestDist := 0, 0.0
			for k := 0; k < 2; k++ {
				var d mat.VecDense
				d.SubVec(data.RowView(i), centroids.RowView(k))
				if dist := mat.Norm(&d, 2); k == 0 || dist < bestDist {
					best, bestDist = k, dist
				}
			}
			s := sums.RowView(best).(*mat.VecDense)
			s.AddVec(s, data.RowView(i))
			counts[best]++
		}
		// Update: each centroid to the mean of its points.
		for k := 0; k < 2; k++ {
			centroids.RowView(k).(*mat.VecDense).ScaleVec(1/counts[k], sums.RowView(k)) // want "VC1002"
		}
		var shift mat.Dense
		shift.Sub(centroids, old)
		if mat.Norm(&shift, 2) < 1e-9 {
			fmt.Printf("converged after %d iterations:\n%v\n", iter, mat.Formatted(centroids))
			return
		}
	}
	fmt.Printf("no convergence:\n%v\n", mat.Formatted(centroids))
}
