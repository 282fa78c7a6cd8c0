// Package gaincurves applies gain curves through helper closures.
//
// Review: redteam
package gaincurves

import nd "github.com/viewcheck/viewcheck/ndarray"

// Compare boosts the first channel through a helper and compares it with
// the mean of the recording as captured.
func Compare(rec *nd.Array[float64], gain float64) float64 {
	first := rec.Slice(nd.All(), nd.I(0))
	boost := func(g float64) {
		nd.ScaleAssign(first, g) // want "VC1001"
	}
	boost(gain)
	return nd.Mean(first) - nd.Mean(rec)
}

// Clipped clips the header inside an immediately called literal and
// returns the recording's peak as captured.
func Clipped(rec *nd.Array[float64]) float64 {
	hdr := rec.Slice(nd.S(0, 4))
	func() {
		hdr.Fill(0) // want "VC1001"
	}()
	return nd.Max(rec)
}
