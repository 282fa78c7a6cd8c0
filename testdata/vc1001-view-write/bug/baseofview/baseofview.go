// Base returns the whole array a view was cut from, not the part the view
// selects: filling the base of the top half fills the bottom half too,
// though top and bottom themselves do not meet.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Zeros[float64](4, 2)
	top := m.Slice(ndarray.S(0, 2))
	bottom := m.Slice(ndarray.S(2, 4))
	all := top.Base()
	all.Fill(1)                      // want `"all" is a view of "m" \(made by Base\).*VC1001`
	fmt.Println(ndarray.Sum(bottom)) // 4, not 0

	// The same through a helper: its summary says that its result is not
	// within its argument.
	n := ndarray.Zeros[float64](4, 2)
	left := n.Slice(ndarray.All(), ndarray.I(0))
	right := n.Slice(ndarray.All(), ndarray.I(1))
	owner := baseOf(left)
	owner.Fill(1)                   // want `"owner" is a view of "n" \(made by baseOf\).*VC1001`
	fmt.Println(ndarray.Sum(right)) // 4, not 0
}

// baseOf returns the array v is a view of.
func baseOf(v *ndarray.Array[float64]) *ndarray.Array[float64] { return v.Base() }
