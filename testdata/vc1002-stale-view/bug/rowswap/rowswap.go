// Swapping two rows through a temporary that is a view: the temporary
// changes when row i is overwritten, so both rows end up equal to row j.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func swapRows(m *ndarray.Array[float64], i, j int) {
	tmp := m.Slice(ndarray.I(i))
	m.Slice(ndarray.I(i)).Assign(m.Slice(ndarray.I(j))) // want "VC1002"
	m.Slice(ndarray.I(j)).Assign(tmp)
}

func main() {
	m := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 3, 2)
	swapRows(m, 0, 2)
	fmt.Println(m) // [[5 6] [3 4] [5 6]]
}
