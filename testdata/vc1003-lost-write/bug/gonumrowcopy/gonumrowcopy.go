// Bug (VC1003): mat.Row with a nil dst returns a new slice: zeroing it does not zero the
// matrix's row.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	r := mat.Row(nil, 0, m)
	r[0] = 0 // want "VC1003"
	fmt.Println(mat.Formatted(m))
}
