// Package blockmatmul accumulates a blocked product into output blocks.
//
// Review: redteam2
package blockmatmul

import nd "github.com/viewcheck/viewcheck/ndarray"

func MatMulBlocked(a, b *nd.Array[float64], bs int) *nd.Array[float64] {
	n := a.Shape()[0]
	c := nd.Zeros[float64](n, n)
	for i := 0; i < n; i += bs {
		for j := 0; j < n; j += bs {
			cblk := c.Slice(nd.S(i, min(i+bs, n)), nd.S(j, min(j+bs, n)))
			for k := 0; k < n; k += bs {
				ablk := a.Slice(nd.S(i, min(i+bs, n)), nd.S(k, min(k+bs, n)))
				bblk := b.Slice(nd.S(k, min(k+bs, n)), nd.S(j, min(j+bs, n)))
				nd.AddAssign(cblk, nd.MatMul(ablk, bblk))
			}
		}
	}
	return c
}

func Trace(a, b *nd.Array[float64]) float64 {
	c := MatMulBlocked(a, b, 4)
	t := 0.0
	for i := 0; i < c.Shape()[0]; i++ {
		t += c.At(i, i)
	}
	return t
}
