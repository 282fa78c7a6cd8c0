// Bug (VC1002): Row swap through RawRowView, which returns the matrix's own row slice:
// the temporary is row i itself, so after the pivot row is copied into row
// i the second copy writes the pivot row back. It prints [7 8 9] twice and
// loses [1 2 3].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func swapRows(a *mat.Dense, i, j int) {
	tmp := a.RawRowView(i)
	copy(a.RawRowView(i), a.RawRowView(j)) // want "VC1002"
	copy(a.RawRowView(j), tmp)
}

func main() {
	a := mat.NewDense(3, 3, []float64{
		1, 2, 3,
		4, 5, 6,
		7, 8, 9,
	})
	swapRows(a, 0, 2)
	fmt.Printf("after the swap:\n%v\n", mat.Formatted(a))
}
