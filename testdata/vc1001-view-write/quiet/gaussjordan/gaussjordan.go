// Package gaussjordan inverts a matrix on an augmented copy.
//
// Review: redteam2
package gaussjordan

import nd "github.com/viewcheck/viewcheck/ndarray"

func Inverse(a *nd.Array[float64]) *nd.Array[float64] {
	n := a.Shape()[0]
	aug := nd.Zeros[float64](n, 2*n)
	aug.Slice(nd.All(), nd.S(0, n)).Assign(a)
	for i := 0; i < n; i++ {
		aug.Set(1, i, n+i)
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if aug.At(r, c)*aug.At(r, c) > aug.At(p, c)*aug.At(p, c) {
				p = r
			}
		}
		if p != c {
			swap := aug.Take([]int{p, c}, 0)
			aug.Put([]int{c, p}, 0, swap)
		}
		pivRow := aug.Slice(nd.I(c))
		nd.ScaleAssign(pivRow, 1/aug.At(c, c))
		for r := 0; r < n; r++ {
			if r == c {
				continue
			}
			f := aug.At(r, c)
			sub := pivRow.Copy()
			nd.ScaleAssign(sub, f)
			nd.SubAssign(aug.Slice(nd.I(r)), sub)
		}
	}
	return aug.Slice(nd.All(), nd.S(n, nd.End)).Copy()
}
