// Package closure computes returns from price series.
//
// Review: redteam
package closure

import nd "github.com/viewcheck/viewcheck/ndarray"

// Returns fills gaps in prices with the previous price and returns the
// simple returns as a new array.
func Returns(prices *nd.Array[float64]) *nd.Array[float64] {
	n := prices.Size()
	for i := 1; i < n; i++ {
		if prices.At(i) == 0 {
			prices.Set(prices.At(i-1), i) // want "VC1006"
		}
	}
	return nd.Div(prices.Slice(nd.S(1, nd.End)), prices.Slice(nd.S(0, -1)))
}
