// Package deferreset uses a scratch row that is reset on the way out.
//
// Review: redteam
package deferreset

import nd "github.com/viewcheck/viewcheck/ndarray"

// Score returns the total of the workspace; the scratch row is cleared
// when Score returns, after the total was taken.
func Score(ws *nd.Array[float64]) float64 {
	scratch := ws.Slice(nd.I(0))
	defer scratch.Fill(0)
	return nd.Sum(ws)
}
