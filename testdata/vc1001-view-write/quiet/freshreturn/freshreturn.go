// Package freshreturn: new memory filled through named views and returned in
// ways other than a bare return.
//
// Review: redteam2
package freshreturn

import (
	"errors"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func newMat(r, c int) *nd.Array[float64] { return nd.Zeros[float64](r, c) }

func WithOnes(x *nd.Array[float64]) *nd.Array[float64] {
	out := x.Copy()
	col := out.Slice(nd.All(), nd.I(0))
	col.Fill(1)
	return out
}

func Stack(a, b *nd.Array[float64]) (*nd.Array[float64], error) {
	if a.Shape()[1] != b.Shape()[1] {
		return nil, errors.New("column mismatch")
	}
	na := a.Shape()[0]
	out := newMat(na+b.Shape()[0], a.Shape()[1])
	top := out.Slice(nd.S(0, na))
	top.Assign(a)
	bottom := out.Slice(nd.S(na, nd.End))
	bottom.Assign(b)
	return out, nil
}

type Result struct{ Data *nd.Array[float64] }

func Build(a *nd.Array[float64]) *Result {
	out := nd.Zeros[float64](2, a.Size())
	first := out.Slice(nd.I(0))
	first.Assign(a)
	return &Result{Data: out}
}
