// Correct: The k-means update step: each centroid row is recomputed through a RowView
// made and written in its own loop iteration, from RowViews of the data
// that are only read. The data are unchanged and the centroids print
// [1.5 1.5; 8.5 8.5].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(4, 2, []float64{1, 1, 2, 2, 8, 8, 9, 9})
	assign := []int{0, 0, 1, 1}
	centroids := mat.NewDense(2, 2, nil)
	for k := 0; k < 2; k++ {
		c := centroids.RowView(k).(*mat.VecDense)
		n := 0.0
		for i, a := range assign {
			if a == k {
				c.AddVec(c, data.RowView(i))
				n++
			}
		}
		c.ScaleVec(1/n, c)
	}
	fmt.Printf("centroids:\n%v\ndata:\n%v\n", mat.Formatted(centroids), mat.Formatted(data))
}
