// Package pingpong keeps two time levels in one (2, n) buffer.
//
// Review: redteam2
package pingpong

import nd "github.com/viewcheck/viewcheck/ndarray"

func Wave(u0 *nd.Array[float64], steps int, c float64) *nd.Array[float64] {
	n := u0.Size()
	buf := nd.Zeros[float64](2, n)
	buf.Slice(nd.I(0)).Assign(u0)
	for t := 0; t < steps; t++ {
		cur := buf.Slice(nd.I(t % 2))
		nxt := buf.Slice(nd.I((t + 1) % 2))
		nxt.Assign(cur)
		inner := nd.Sub(nd.Add(cur.Slice(nd.S(0, n-2)), cur.Slice(nd.S(2, n))), cur.Slice(nd.S(1, n-1)))
		nd.ScaleAssign(inner, c)
		nd.AddAssign(nxt.Slice(nd.S(1, n-1)), inner)
	}
	return buf.Slice(nd.I(steps % 2)).Copy()
}
