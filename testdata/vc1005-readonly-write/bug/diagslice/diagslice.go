// Package diagslice clears part of a diagonal.
//
// Review: redteam
package diagslice

import nd "github.com/viewcheck/viewcheck/ndarray"

// ClearLeadingPivots clears the first k pivots of a factorised matrix.
func ClearLeadingPivots(lu *nd.Array[float64], k int) {
	pivots := lu.Diagonal()
	lead := pivots.Slice(nd.S(0, k))
	lead.Fill(0) // want "VC1005"
}
