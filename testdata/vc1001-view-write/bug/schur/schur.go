// Computing a Schur complement in the trailing block of the matrix itself:
// the determinant computed afterwards from the matrix is wrong.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func det3(m *nd.Array[float64]) float64 {
	return m.At(0, 0)*(m.At(1, 1)*m.At(2, 2)-m.At(1, 2)*m.At(2, 1)) -
		m.At(0, 1)*(m.At(1, 0)*m.At(2, 2)-m.At(1, 2)*m.At(2, 0)) +
		m.At(0, 2)*(m.At(1, 0)*m.At(2, 1)-m.At(1, 1)*m.At(2, 0))
}

func main() {
	a := nd.FromSlice([]float64{4, 1, 2, 1, 3, 0, 2, 0, 5}, 3, 3)
	col := a.Slice(nd.S(1, nd.End), nd.S(0, 1)) // (2, 1)
	row := a.Slice(nd.S(0, 1), nd.S(1, nd.End)) // (1, 2)
	update := nd.MatMul(col, row)
	nd.ScaleAssign(update, 1/a.At(0, 0))
	schur := a.Slice(nd.S(1, nd.End), nd.S(1, nd.End))
	nd.SubAssign(schur, update) // want "VC1001"
	fmt.Println("schur complement:", schur)
	fmt.Println("det(a):", det3(a)) // 26, not 43
}
