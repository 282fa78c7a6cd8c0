// Package colmeans computes column statistics of any ordered type.
//
// Review: redteam
package colmeans

import nd "github.com/viewcheck/viewcheck/ndarray"

// ColMeans returns the mean of each column of m.
func ColMeans[T nd.Ordered](m *nd.Array[T]) []float64 {
	cols := m.Shape()[1]
	out := make([]float64, cols)
	for j := range out {
		out[j] = nd.Mean(m.Slice(nd.All(), nd.I(j)))
	}
	return out
}
