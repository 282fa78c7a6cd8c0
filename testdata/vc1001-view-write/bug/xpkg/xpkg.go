// Package xpkg estimates the heat in a plate after clamping its edge.
//
// Review: redteam
package xpkg

import (
	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/vc1001-view-write/bug/xpkg/grid"
)

// InflowHeat reports how much heat the plate would hold with its inlet edge
// at temperature 1, and the heat of the plate as given.
func InflowHeat(u *nd.Array[float64]) (clamped, asGiven float64) {
	edge := grid.Col(u, 0)
	edge.Fill(1) // want "VC1001"
	clamped = nd.Sum(edge) + nd.Sum(u.Slice(nd.All(), nd.S(1, nd.End)))
	asGiven = nd.Sum(u)
	return clamped, asGiven
}
