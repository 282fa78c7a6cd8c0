// Package nestedunnamed clears corners of tiles.
//
// Review: redteam
package nestedunnamed

import nd "github.com/viewcheck/viewcheck/ndarray"

// ClearCorner zeroes a 2 x 2 corner of the second plane of vol and returns
// the volume's total.
func ClearCorner(vol *nd.Array[int32]) int32 {
	vol.Slice(nd.I(1)).Slice(nd.S(0, 2), nd.S(0, 2)).Fill(0)
	vol.Transpose().Slice(nd.I(0)).Slice(nd.I(0)).Fill(1)
	return nd.Sum(vol)
}
