// Correct: Reset on matrices that own their memory (a nil data slice, a
// zero Dense, a slice made for the matrix) before reusing them as
// receivers; nothing else shares what they write.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	a := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	m := mat.NewDense(2, 2, nil)
	m.Reset()
	m.Mul(a, a)
	var z mat.Dense
	z.Mul(a, a)
	z.Reset()
	z.Add(a, a)
	buf := mat.NewDense(2, 2, make([]float64, 4))
	buf.Reset()
	buf.Scale(3, a)
	fmt.Println(mat.Formatted(m), mat.Formatted(&z), mat.Formatted(buf))
}
