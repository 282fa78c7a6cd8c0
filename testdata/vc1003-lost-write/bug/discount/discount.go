// Package discount applies a discount to selected products.
//
// Review: redteam
package discount

import nd "github.com/viewcheck/viewcheck/ndarray"

// Discount lowers the price of the listed products by 10% and returns the
// value of the catalogue.
func Discount(prices *nd.Array[float64], onSale []int) float64 {
	sale := prices.Take(onSale, 0)
	nd.ScaleAssign(sale, 0.9) // want "VC1003"
	return nd.Sum(prices)
}
