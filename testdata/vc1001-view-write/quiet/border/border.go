// Package border blanks image borders.
//
// Review: redteam
package border

import nd "github.com/viewcheck/viewcheck/ndarray"

// Blank zeroes the bottom band and the left margin of img and returns it.
func Blank(img *nd.Array[uint8], band, margin int) *nd.Array[uint8] {
	img.Slice(nd.S(-band, nd.End), nd.All()).Fill(0)
	img.Slice(nd.All(), nd.S(0, margin)).Fill(0)
	return img
}
