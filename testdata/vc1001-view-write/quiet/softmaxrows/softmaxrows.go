// Quiet: a row-wise softmax computed in place with per-iteration row views.
package main

import (
	"fmt"
	"math"

	"github.com/viewcheck/viewcheck/ndarray"
)

func softmaxRows(logits *ndarray.Array[float64]) {
	for r := 0; r < logits.Shape()[0]; r++ {
		row := logits.Slice(ndarray.I(r))
		m := ndarray.Max(row)
		for j := 0; j < row.Size(); j++ {
			row.Set(math.Exp(row.At(j)-m), j)
		}
		ndarray.ScaleAssign(row, 1/ndarray.Sum(row))
	}
}

func main() {
	l := ndarray.FromSlice([]float64{1, 2, 3, 0, 0, 0}, 2, 3)
	softmaxRows(l)
	fmt.Printf("%.3f\n", ndarray.Sum(l))
	fmt.Println(l)
}
