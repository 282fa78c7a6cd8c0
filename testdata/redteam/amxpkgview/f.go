// Package amxpkgview computes squared features.
package amxpkgview

import (
	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/redteam/amxpkgview/blur"
)

// Squares returns x*x as a new array, ignoring the header row.
func Squares(x *nd.Array[float64]) *nd.Array[float64] {
	blur.Row(x, 0).Fill(0) // want "VC1006"
	return nd.Mul(x, x)
}
