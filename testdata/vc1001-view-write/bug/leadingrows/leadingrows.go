// Leading rows of a fresh matrix are contiguous, so flattening them gives a
// view: the writes land in the matrix, which is printed as if untouched.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Zeros[float64](4, 4)
	top := m.Slice(ndarray.S(0, 2)).Reshape(-1)
	top.Set(1, 0) // want "VC1001"
	fmt.Println(m)

	g := ndarray.Zeros[int](3, 5)
	row := g.Slice(ndarray.I(1), ndarray.All()).Ravel()
	row.Fill(7) // want "VC1001"
	fmt.Println(g)
}
