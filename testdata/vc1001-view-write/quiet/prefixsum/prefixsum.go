// Package prefixsum computes running totals in place.
//
// Review: redteam
package prefixsum

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Smooth adds each sample's left neighbour to it (an overlapping in-place
// update the library makes correct) and prints the result.
func Smooth(n int) {
	a := nd.Arange[int64](n)
	nd.AddAssign(a.Slice(nd.S(1, nd.End)), a.Slice(nd.S(0, -1)))
	fmt.Println(a)
}
