// Correct: k-means keeps the old centroids in a matrix of its own (CloneFrom) to measure
// how far they moved, so the loop runs until they stop: it converges to
// [2 2; 8 8] in the third iteration.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(6, 2, []float64{1, 1, 2, 2, 3, 3, 7, 7, 8, 8, 9, 9})
	centroids := mat.NewDense(2, 2, []float64{0, 0, 3, 3})
	var old mat.Dense
	for iter := 1; iter <= 20; iter++ {
		old.CloneFrom(centroids)
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
		for k := 0; k < 2; k++ {
			centroids.RowView(k).(*mat.VecDense).ScaleVec(1/counts[k], sums.RowView(k))
		}
		var shift mat.Dense
		shift.Sub(centroids, &old)
		if mat.Norm(&shift, 2) < 1e-9 {
			fmt.Printf("converged after %d iterations:\n%v\n", iter, mat.Formatted(centroids))
			return
		}
	}
	fmt.Printf("no convergence:\n%v\n", mat.Formatted(centroids))
}
