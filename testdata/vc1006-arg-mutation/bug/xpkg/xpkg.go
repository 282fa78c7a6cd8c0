// Package xpkg computes autocorrelations.
//
// Review: redteam
package xpkg

import (
	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/vc1006-arg-mutation/bug/xpkg/prep"
)

// Autocorr returns the lag products of sig, detrended, as a new array.
func Autocorr(sig *nd.Array[float64], lags int) *nd.Array[float64] {
	prep.Detrend(sig) // want "VC1006"
	n := sig.Size()
	out := nd.Zeros[float64](lags)
	for k := 0; k < lags; k++ {
		out.Set(nd.Sum(nd.Mul(sig.Slice(nd.S(0, n-k)), sig.Slice(nd.S(k, n)))), k)
	}
	return out
}
