// Package hstack builds new arrays block by block through views of the new
// memory and returns them.
//
// Review: redteam2
package hstack

import nd "github.com/viewcheck/viewcheck/ndarray"

func HStack(a, b *nd.Array[float64]) *nd.Array[float64] {
	ra, ca := a.Shape()[0], a.Shape()[1]
	cb := b.Shape()[1]
	out := nd.Zeros[float64](ra, ca+cb)
	left := out.Slice(nd.All(), nd.S(0, ca))
	left.Assign(a)
	right := out.Slice(nd.All(), nd.S(ca, nd.End))
	right.Assign(b)
	return out
}

func BlockDiag(a, b *nd.Array[float64]) *nd.Array[float64] {
	na, nb := a.Shape()[0], b.Shape()[0]
	out := nd.Zeros[float64](na+nb, na+nb)
	tl := out.Slice(nd.S(0, na), nd.S(0, na))
	br := out.Slice(nd.S(na, nd.End), nd.S(na, nd.End))
	tl.Assign(a)
	br.Assign(b)
	return out
}

func WithBiasColumn(x *nd.Array[float64]) *nd.Array[float64] {
	n, d := x.Shape()[0], x.Shape()[1]
	out := nd.Zeros[float64](n, d+1)
	ones := out.Slice(nd.All(), nd.I(0))
	ones.Fill(1)
	body := out.Slice(nd.All(), nd.S(1, nd.End))
	body.Assign(x)
	return out
}
