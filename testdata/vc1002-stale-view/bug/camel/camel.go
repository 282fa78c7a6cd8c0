// Package camel computes the return of a repricing.
//
// Review: redteam
package camel

import nd "github.com/viewcheck/viewcheck/ndarray"

// Reprice applies inflation to prices and returns the mean relative change.
func Reprice(prices *nd.Array[float64], inflation float64) float64 {
	pricesBefore := prices.View()
	nd.ScaleAssign(prices, 1+inflation) // want "VC1002"
	change := nd.Div(nd.Sub(prices, pricesBefore), pricesBefore)
	return nd.Mean(change)
}
