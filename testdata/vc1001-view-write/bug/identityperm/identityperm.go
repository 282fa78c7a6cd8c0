// Transpose with the axes in their own order, and SwapAxes of an axis with
// itself, change nothing: Ravel of the result is a view, so the writes land
// in the matrix, which is then printed as if untouched.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Zeros[float64](2, 3)
	flat := m.Transpose(0, 1).Ravel()
	flat.Set(1, 0) // want "VC1001"
	fmt.Println(m) // [[1 0 0] [0 0 0]]

	same := m.SwapAxes(1, 1).Ravel()
	same.Set(2, 1) // want "VC1001"
	fmt.Println(m)
}
