// Quiet: the fixed version of the reused-workspace bug: the block is copied
// out, used as scratch, and the matrix's trace is what it was.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Arange[float64](16).Reshape(4, 4)
	work := m.Slice(ndarray.S(0, 2), ndarray.S(0, 2)).Copy()
	work.Fill(0)
	work.Set(1, 0, 0)
	fmt.Println(work, ndarray.Sum(m.Diagonal()))
}
