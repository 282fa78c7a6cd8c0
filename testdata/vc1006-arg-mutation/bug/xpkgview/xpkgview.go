// Package xpkgview computes squared features.
//
// Review: redteam
package xpkgview

import (
	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/vc1006-arg-mutation/bug/xpkgview/blur"
)

// Squares returns x*x as a new array, ignoring the header row.
func Squares(x *nd.Array[float64]) *nd.Array[float64] {
	blur.Row(x, 0).Fill(0) // want "VC1006"
	return nd.Mul(x, x)
}
