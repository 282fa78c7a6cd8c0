// Package maskrelu uses masks correctly: PutMask writes back, Mask results are
// used on their own.
//
// Review: redteam2
package maskrelu

import nd "github.com/viewcheck/viewcheck/ndarray"

func ReLUInPlace(x *nd.Array[float64]) {
	zero := nd.Zeros[float64](x.Shape()...)
	neg := nd.Less(x, zero)
	pos := x.Mask(neg)
	pos.Fill(0)
	x.PutMask(neg, pos)
}

func PositiveMean(x *nd.Array[float64]) float64 {
	zero := nd.Zeros[float64](x.Shape()...)
	sel := x.Mask(nd.Greater(x, zero))
	nd.ScaleAssign(sel, 2)
	return nd.Mean(sel) / 2
}

func TopRows(x *nd.Array[float64], idx []int) *nd.Array[float64] {
	rows := x.Take(idx, 0)
	nd.ScaleAssign(rows, 10)
	return rows
}

func BoostRows(x *nd.Array[float64], idx []int) {
	rows := x.Take(idx, 0)
	nd.ScaleAssign(rows, 10)
	x.Put(idx, 0, rows)
}
