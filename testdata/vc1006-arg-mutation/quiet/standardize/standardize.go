// Package standardize has generic helpers that copy before changing.
//
// Review: redteam2
package standardize

import nd "github.com/viewcheck/viewcheck/ndarray"

func Standardize[T ~float32 | ~float64](x *nd.Array[T]) *nd.Array[T] {
	out := x.Copy()
	mean := T(nd.Mean(out))
	nd.SubAssign(out, nd.Full(mean, out.Shape()...))
	var ss T
	for _, v := range out.ToSlice() {
		ss += v * v
	}
	if ss > 0 {
		nd.ScaleAssign(out, 1/T(float64(ss)/float64(out.Size())))
	}
	return out
}

func Columns[T ~float32 | ~float64](m *nd.Array[T]) *nd.Array[T] {
	out := m.Copy()
	for j := 0; j < out.Shape()[1]; j++ {
		col := out.Slice(nd.All(), nd.I(j))
		col.Assign(Standardize(col))
	}
	return out
}
