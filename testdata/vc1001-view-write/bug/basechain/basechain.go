// Bug (VC1001): chains through Base. v.Slice(...).Base() is the whole
// matrix, so a slice of it can overlap anything cut from the matrix; and a
// helper that returns a slice of its argument's base is not within the
// argument.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// rowsOfOwner returns rows [lo, hi) of the array v's memory belongs to.
func rowsOfOwner(v *ndarray.Array[float64], lo, hi int) *ndarray.Array[float64] {
	return v.Base().Slice(ndarray.S(lo, hi))
}

func main() {
	m := ndarray.Arange[float64](8).Reshape(4, 2)
	top := m.Slice(ndarray.S(0, 2))
	bottom := m.Slice(ndarray.S(2, 4))
	mid := top.Slice(ndarray.S(1, 2)).Base().Slice(ndarray.S(1, 3))
	mid.Fill(0)                      // want "VC1001"
	fmt.Println(ndarray.Sum(bottom)) // row 2 cleared: 13, not 22

	n := ndarray.Arange[float64](8).Reshape(4, 2)
	left := n.Slice(ndarray.S(0, 2))
	right := n.Slice(ndarray.S(2, 4))
	r := rowsOfOwner(left, 2, 4) // rows 2-3 of n: right's rows
	r.Fill(1)                    // want "VC1001"
	fmt.Println(ndarray.Sum(right))

	// Two results of the helper with bounds that look apart: [0, 1) of
	// the base of one view and [1, 2) of the base of a view of rows 1-2.
	p := ndarray.Arange[float64](8).Reshape(4, 2)
	a := p.Slice(ndarray.S(1, 3))
	x := rowsOfOwner(a, 1, 2)                        // row 1 of p
	y := rowsOfOwner(a.Slice(ndarray.S(0, 1)), 1, 2) // also row 1 of p
	x.Fill(-1)                                       // want "VC1001"
	fmt.Println(ndarray.Sum(y))                      // -2
}
