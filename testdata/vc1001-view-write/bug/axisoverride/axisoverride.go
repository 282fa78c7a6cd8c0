// Bug (VC1001): an index list with a default that is then changed in place
// (NumPy's sl = [0:1, :]; if late: sl[0] = 1:3). With late set, sel selects
// rows 1-2, exactly the rows later names, so clearing them through window
// clears what is read afterwards. The list's literal says rows 0:1, but that
// is not what the Slice call gets.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// clearWindow clears the early or the late rows of m and returns the total
// of the late rows.
func clearWindow(m *ndarray.Array[float64], late bool) float64 {
	sel := []ndarray.Index{ndarray.S(0, 1), ndarray.All()}
	if late {
		sel[0] = ndarray.S(1, 3)
	}
	window := m.Slice(sel...)
	later := m.Slice(ndarray.S(1, 3))
	window.Fill(0) // want "VC1001"
	return ndarray.Sum(later)
}

func main() {
	fmt.Println(clearWindow(ndarray.Arange[float64](6).Reshape(3, 2), false)) // 2+3+4+5 = 14
	fmt.Println(clearWindow(ndarray.Arange[float64](6).Reshape(3, 2), true))  // 0: the cleared rows
}
