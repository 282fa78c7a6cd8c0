// Package prep preprocesses signals in place.
//
// Review: redteam
package prep

import nd "github.com/viewcheck/viewcheck/ndarray"

// Detrend removes the mean of s, in place.
func Detrend(s *nd.Array[float64]) {
	nd.SubAssign(s, nd.Full(nd.Mean(s), 1))
}
