// Correct: Nearest-neighbour classification: named RowViews of the training set and of
// the queries are only read (distances go into a scratch vector), and the
// predictions are written into a matrix of their own.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	train := mat.NewDense(4, 2, []float64{0, 0, 1, 0, 9, 9, 10, 9})
	labels := []float64{0, 0, 1, 1}
	queries := mat.NewDense(2, 2, []float64{0.5, 0.2, 9, 10})
	pred := mat.NewVecDense(2, nil)
	var d mat.VecDense
	for q := 0; q < 2; q++ {
		x := queries.RowView(q)
		best, bestDist := -1, 0.0
		for i := 0; i < 4; i++ {
			t := train.RowView(i)
			d.SubVec(x, t)
			if dist := mat.Norm(&d, 2); best < 0 || dist < bestDist {
				best, bestDist = i, dist
			}
		}
		pred.SetVec(q, labels[best])
	}
	fmt.Println("predictions:", mat.Formatted(pred.T()))
	fmt.Printf("training set:\n%v\n", mat.Formatted(train))
}
