// Bug (VC1001): the half to clear is chosen at run time. When front is
// false, part is the lower half, the very rows that lower names, so the
// later sum reads the zeros just written. The two possible views of part are
// slices of one array at different rows; only one of them is disjoint from
// lower, so a variable that may hold either is not disjoint from it.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// clearHalf zeroes the front or the back half of m's rows and returns the
// total of the back half.
func clearHalf(m *ndarray.Array[float64], front bool) float64 {
	var part *ndarray.Array[float64]
	if front {
		part = m.Slice(ndarray.S(0, 2))
	} else {
		part = m.Slice(ndarray.S(2, 4))
	}
	lower := m.Slice(ndarray.S(2, 4))
	part.Fill(0) // want "VC1001"
	return ndarray.Sum(lower)
}

func main() {
	fmt.Println(clearHalf(ndarray.Arange[float64](8).Reshape(4, 2), true))  // 4+5+6+7 = 22
	fmt.Println(clearHalf(ndarray.Arange[float64](8).Reshape(4, 2), false)) // 0: the cleared rows
}
