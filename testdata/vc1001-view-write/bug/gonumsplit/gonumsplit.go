// Bug (VC1001): A train/validation split whose bounds overlap by one row (training rows
// 0:5, validation rows 4:6): scaling the training rows in place also
// changes the first validation row, so validation runs on scaled data. It
// prints the validation rows [0.5 0.5; 6 6] instead of [5 5; 6 6].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	x := mat.NewDense(6, 2, []float64{1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6})
	train := x.Slice(0, 5, 0, 2).(*mat.Dense)
	valid := x.Slice(4, 6, 0, 2)
	train.Scale(0.1, train) // want "VC1001"
	fmt.Printf("validation rows:\n%v\n", mat.Formatted(valid))
}
