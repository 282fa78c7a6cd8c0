// Package disjointarrays tracks previous views of a different array.
//
// Review: redteam
package disjointarrays

import nd "github.com/viewcheck/viewcheck/ndarray"

// Lag compares a series with a lagged reference series; only the working
// buffer is overwritten.
func Lag(series, work *nd.Array[float64]) float64 {
	prevSeries := series.Slice(nd.S(0, -1))
	work.Fill(0)
	nd.AddAssign(work, series)
	return nd.Sum(prevSeries) - nd.Sum(work)
}
