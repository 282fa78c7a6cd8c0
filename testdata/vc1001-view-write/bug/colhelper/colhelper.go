// Bug (VC1001): columns applies its index to the second axis. left is
// columns 0-1 of every row, so it meets bottom (rows 2-3) in four elements:
// clearing left clears part of bottom, which is read afterwards. S(0, 2) and
// S(2, 4) do not meet, but they are not on the same axis here.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// columns returns the columns of m that cols selects.
func columns(m *ndarray.Array[float64], cols ndarray.Index) *ndarray.Array[float64] {
	return m.Slice(ndarray.All(), cols)
}

func main() {
	m := ndarray.Arange[float64](16).Reshape(4, 4)
	left := columns(m, ndarray.S(0, 2))
	bottom := m.Slice(ndarray.S(2, 4))
	left.Fill(0)                     // want "VC1001"
	fmt.Println(ndarray.Sum(bottom)) // 8+...+15 = 92 before; 92-(8+9+12+13) = 50 after
	fmt.Println(ndarray.SharesMemory(left, bottom))
}
