// topRowsNormalized returns new rows and, by handing a view of its
// parameter to an in-place helper, normalises the caller's rows too.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// normalizeRows scales each row of m to unit sum, in place.
func normalizeRows(m *ndarray.Array[float64]) {
	for r := 0; r < m.Shape()[0]; r++ {
		row := m.Slice(ndarray.I(r))
		ndarray.ScaleAssign(row, 1/ndarray.Sum(row))
	}
}

func topRowsNormalized(m *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	normalizeRows(m.Slice(ndarray.S(0, k))) // want "VC1006"
	return m.Slice(ndarray.S(0, k)).Copy()
}

func main() {
	m := ndarray.FromSlice([]float64{1, 3, 2, 2, 4, 4}, 3, 2)
	fmt.Println(topRowsNormalized(m, 2))
	fmt.Println(m) // first two rows normalised
}
