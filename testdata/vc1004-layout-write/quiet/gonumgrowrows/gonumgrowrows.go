// Correct: A design matrix built row by row as records arrive: m = m.Grow(1, 0) rebinds
// the name to the grown matrix, as s = append(s, x) does, and the new row
// is set through it; nothing reads the matrix from before the Grow.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	records := [][]float64{{1, 2}, {3, 4}, {5, 6}}
	m := mat.NewDense(1, 2, records[0])
	for _, rec := range records[1:] {
		m = m.Grow(1, 0).(*mat.Dense)
		r, _ := m.Dims()
		m.SetRow(r-1, rec)
	}
	fmt.Printf("%v\n", mat.Formatted(m))
}
