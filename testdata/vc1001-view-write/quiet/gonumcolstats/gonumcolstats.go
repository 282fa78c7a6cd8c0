// Correct: Column means and variances through named ColViews that are only read: the
// deviations go into a scratch vector, so the data print unchanged.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(4, 2, []float64{1, 10, 2, 20, 3, 30, 4, 40})
	r, c := data.Dims()
	ones := mat.NewVecDense(r, nil)
	for i := 0; i < r; i++ {
		ones.SetVec(i, 1)
	}
	dev := mat.NewVecDense(r, nil)
	for j := 0; j < c; j++ {
		col := data.ColView(j)
		mean := mat.Sum(col) / float64(r)
		dev.AddScaledVec(col, -mean, ones)
		fmt.Printf("column %d: mean %v, variance %.4g\n", j, mean, mat.Dot(dev, dev)/float64(r-1))
	}
	fmt.Printf("data:\n%v\n", mat.Formatted(data))
}
