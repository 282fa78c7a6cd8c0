// Quiet: asColumn returns a reshape of its parameter (a view or a copy);
// the caller writes into the result of a temporary, whose base nothing else
// can read.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func asColumn(v *ndarray.Array[float64]) *ndarray.Array[float64] {
	col := v.Reshape(-1, 1)
	fmt.Println("column of", col.Shape()[0])
	return col
}

func main() {
	c := asColumn(ndarray.Arange[float64](3))
	c.Set(5, 0, 0)
	fmt.Println(c)
}
