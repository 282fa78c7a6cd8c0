// Package embed wraps arrays in a data-frame-like type.
//
// Review: redteam
package embed

import nd "github.com/viewcheck/viewcheck/ndarray"

// Frame is a table of float64 columns that embeds its data.
type Frame struct {
	*nd.Array[float64]
	Columns []string
}

// Demeaned centres the first column and returns the table's mean as given.
func Demeaned(f Frame) (float64, float64) {
	col := f.Slice(nd.All(), nd.I(0))
	nd.SubAssign(col, nd.Full(nd.Mean(col), 1)) // want "VC1001"
	return nd.Mean(col), nd.Mean(f.Array)
}
