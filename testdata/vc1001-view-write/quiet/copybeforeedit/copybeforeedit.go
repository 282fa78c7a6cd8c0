// Quiet: a transposed matrix copied before it is edited; the original is
// printed unchanged, as intended.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Arange[int](6).Reshape(2, 3)
	mt := m.Transpose().Copy()
	mt.Set(-1, 0, 1)
	fmt.Println(mt, m)
}
