// Package split splits datasets into halves.
//
// Review: redteam
package split

import nd "github.com/viewcheck/viewcheck/ndarray"

// halves returns the first and second half of a.
func halves(a *nd.Array[float64]) (lo, hi *nd.Array[float64]) {
	n := a.Shape()[0]
	return a.Slice(nd.S(0, n/2)), a.Slice(nd.S(n/2, nd.End))
}

// HoldoutMean masks the test half with zeros for training and returns the
// mean of the full data set.
func HoldoutMean(data *nd.Array[float64]) float64 {
	_, test := halves(data)
	test.Fill(0) // want "VC1001"
	return nd.Mean(data)
}
