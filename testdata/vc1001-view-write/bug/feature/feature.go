// Package feature prints a table of customer features.
//
// Review: redteam
package feature

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Report prints the income column in thousands, then the raw table.
func Report(rows [][3]float64) {
	flat := make([]float64, 0, 3*len(rows))
	for _, r := range rows {
		flat = append(flat, r[:]...)
	}
	X := nd.FromSlice(flat, len(rows), 3)
	income := X.Slice(nd.All(), nd.I(2))
	nd.ScaleAssign(income, 1e-3) // want "VC1001"
	fmt.Printf("income (k$) mean %.1f\n", nd.Mean(income))
	fmt.Printf("raw table:\n%v\n", X)
}
