// Quiet: the function writes into a Take copy of its parameter and returns
// that copy; the caller's array is untouched.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func maskedRows(m *nd.Array[float64], rows []int) *nd.Array[float64] {
	sel := m.Take(rows, 0)
	sel.Slice(nd.All(), nd.I(0)).Fill(0)
	nd.ScaleAssign(sel, 2)
	return sel
}

func main() {
	m := nd.Arange[float64](6).Reshape(3, 2)
	fmt.Println(maskedRows(m, []int{0, 2}), m)
}
