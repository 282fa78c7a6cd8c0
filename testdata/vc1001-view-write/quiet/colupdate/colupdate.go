// Package colupdate accumulates column corrections.
//
// Review: redteam
package colupdate

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Correct adds offsets to the first column and scales the last one, then
// prints the table.
func Correct(table, offsets *nd.Array[float64], scale float64) {
	nd.AddAssign(table.Slice(nd.All(), nd.I(0)), offsets)
	nd.ScaleAssign(table.Slice(nd.All(), nd.I(-1)), scale)
	fmt.Println(table)
}
