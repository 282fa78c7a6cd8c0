// Package loopcarried fills a running-statistics row.
//
// Review: redteam
package loopcarried

import nd "github.com/viewcheck/viewcheck/ndarray"

// Stats repeatedly stores the table's mean into its last row and returns
// the final mean; each pass reads the row written by the previous pass.
func Stats(table *nd.Array[float64], passes int) float64 {
	summary := table.Slice(nd.I(-1))
	var m float64
	for p := 0; p < passes; p++ {
		m = nd.Mean(table)
		summary.Fill(m) // want "VC1001"
	}
	return m
}
