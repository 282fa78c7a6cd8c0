// Package clip limits arrays in place.
//
// Review: redteam
package clip

import nd "github.com/viewcheck/viewcheck/ndarray"

// Upper lowers every element of a above hi to hi, in place.
func Upper(a *nd.Array[float64], hi float64) {
	a.PutMask(nd.Greater(a, nd.Full(hi, 1)), nd.Full(hi, 1))
}
