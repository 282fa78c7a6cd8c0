// Correct: A train/validation split at k: the training rows [0, k) are standardised in
// place through a named Slice, and the validation rows [k, r), another
// Slice of the same matrix, are read afterwards. The two parts do not
// meet, so the validation rows print unchanged, [5 5; 6 6].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	x := mat.NewDense(6, 2, []float64{1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6})
	r, c := x.Dims()
	k := 4
	train := x.Slice(0, k, 0, c).(*mat.Dense)
	valid := x.Slice(k, r, 0, c)
	train.Scale(1/mat.Max(train), train)
	fmt.Printf("training rows:\n%v\nvalidation rows:\n%v\n", mat.Formatted(train), mat.Formatted(valid))
}
