// Package prevcopy runs a fixed-point iteration.
//
// Review: redteam
package prevcopy

import nd "github.com/viewcheck/viewcheck/ndarray"

// Solve iterates x <- (x + b/x)/2 elementwise until it settles.
func Solve(b *nd.Array[float64]) *nd.Array[float64] {
	x := nd.Full(1.0, b.Shape()...)
	for i := 0; i < 50; i++ {
		prev := x.Copy()
		next := nd.Add(x, nd.Div(b, x))
		nd.ScaleAssign(next, 0.5)
		x.Assign(next)
		d := nd.Sub(x, prev)
		if nd.Max(d) < 1e-12 && nd.Min(d) > -1e-12 {
			break
		}
	}
	return x
}
