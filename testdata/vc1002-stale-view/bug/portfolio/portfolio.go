// Package portfolio rebalances portfolios.
//
// Review: redteam
package portfolio

import nd "github.com/viewcheck/viewcheck/ndarray"

// Rebalance moves holdings to target and returns the turnover (the sum of
// absolute trades).
func Rebalance(holdings, target *nd.Array[float64]) float64 {
	prevHoldings := holdings.View()
	holdings.Assign(target) // want "VC1002"
	trades := nd.Sub(holdings, prevHoldings)
	var turnover float64
	for i := 0; i < trades.Size(); i++ {
		if t := trades.At(i); t < 0 {
			turnover -= t
		} else {
			turnover += t
		}
	}
	return turnover
}
