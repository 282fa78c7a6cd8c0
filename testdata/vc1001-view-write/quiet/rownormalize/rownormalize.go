// Quiet: normalising each row in place through a per-iteration window
// (for r in range(n): e[r] /= e[r].sum()). The matrix is meant to change.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	e := ndarray.FromSlice([]float64{1, 3, 2, 2, 5, 5}, 3, 2)
	for r := 0; r < e.Shape()[0]; r++ {
		row := e.Slice(ndarray.I(r))
		ndarray.ScaleAssign(row, 1/ndarray.Sum(row))
	}
	fmt.Println(e)
}
