// Package maskread reports outliers.
//
// Review: redteam
package maskread

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func show(label string, a *nd.Array[float64]) {
	fmt.Println(label, a)
}

// Outliers prints the readings beyond limit and then all readings.
func Outliers(r *nd.Array[float64], limit float64) {
	show("outliers", r.Mask(nd.Greater(r, nd.Full(limit, 1))))
	show("all", r)
}
