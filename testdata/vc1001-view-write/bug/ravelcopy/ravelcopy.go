// Package ravelcopy clears calibration tables.
//
// Review: redteam
package ravelcopy

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Calib copies a table, flattens the copy and clears its first entry, then
// prints the copy.
func Calib(table *nd.Array[float64]) {
	work := table.Copy()
	flat := work.Ravel()
	flat.Set(0, 0) // want "VC1001"
	fmt.Println(work)
}
