// Correct: Receiver equal to an argument, which gonum allows: m.Scale(2, m) and
// v.AddVec(v, w) update in place. Correct.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	m.Scale(2, m)
	v := mat.NewVecDense(2, []float64{1, 2})
	w := mat.NewVecDense(2, []float64{3, 4})
	v.AddVec(v, w)
	fmt.Println(mat.Formatted(m), v.AtVec(0), w.AtVec(1))
}
