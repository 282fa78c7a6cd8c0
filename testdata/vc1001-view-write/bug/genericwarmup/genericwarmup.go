// Package genericwarmup sums detector traces after the warm-up.
//
// Review: redteam
package genericwarmup

import nd "github.com/viewcheck/viewcheck/ndarray"

// SettledShare returns the settled part's total and the raw trace's total;
// the warm-up is blanked only to compute the former.
func SettledShare[T nd.Number](trace *nd.Array[T], warm int) (settled, raw T) {
	head := trace.Slice(nd.S(0, warm))
	head.Fill(0) // want "VC1001"
	settled = nd.Sum(trace)
	raw = nd.Sum(trace)
	return settled, raw
}

// Use instantiates SettledTotal for two element types.
func Use() (int32, float32) {
	a := nd.Arange[int32](100)
	b := nd.Full[float32](0.5, 64)
	s, _ := SettledShare(a, 10)
	_, r := SettledShare(b, 4)
	return s, r
}
