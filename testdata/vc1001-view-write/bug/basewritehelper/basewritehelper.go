// Bug (VC1001): reset clears the storage a view belongs to, through the
// view's base. Resetting the top half's storage clears the bottom half too,
// though top and bottom do not meet; the bottom is summed afterwards.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// reset zeroes all of v's storage.
func reset(v *ndarray.Array[float64]) {
	if b := v.Base(); b != nil {
		b.Fill(0)
		return
	}
	v.Fill(0)
}

func main() {
	m := ndarray.Arange[float64](8).Reshape(4, 2)
	top := m.Slice(ndarray.S(0, 2))
	bottom := m.Slice(ndarray.S(2, 4))
	reset(top)                       // want "VC1001"
	fmt.Println(ndarray.Sum(bottom)) // 0, not 22

	// The same with a snapshot of the bottom rows (VC1002).
	n := ndarray.Arange[float64](8).Reshape(4, 2)
	saved := n.Slice(ndarray.S(2, 4))
	reset(n.Slice(ndarray.S(0, 2))) // want "VC1002"
	fmt.Println(ndarray.Sum(saved)) // 0, not 22
}
