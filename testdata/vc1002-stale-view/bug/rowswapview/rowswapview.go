// Package rowswapview: a row swap whose temporary is a view.
//
// Review: redteam2
package rowswapview

import nd "github.com/viewcheck/viewcheck/ndarray"

func SwapRows(a *nd.Array[float64], i, j int) {
	tmp := a.Slice(nd.I(i))
	a.Slice(nd.I(i)).Assign(a.Slice(nd.I(j))) // want "VC1002"
	a.Slice(nd.I(j)).Assign(tmp)
}
