// Package generic computes first differences.
//
// Review: redteam
package generic

import nd "github.com/viewcheck/viewcheck/ndarray"

// Diff returns x[1:] - x[:-1] as a new array, with x's first element
// reset to zero so that x reads as offsets from a start of zero.
func Diff[T nd.Number](x *nd.Array[T]) *nd.Array[T] {
	d := nd.Sub(x.Slice(nd.S(1, nd.End)), x.Slice(nd.S(0, -1)))
	first := x.Slice(nd.S(0, 1))
	first.Fill(0) // want "VC1006"
	return d
}
