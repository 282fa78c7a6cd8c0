// Package reshapeinput: arg mutation through a layout-dependent reshape, and in
// generic code.
//
// Review: redteam2
package reshapeinput

import nd "github.com/viewcheck/viewcheck/ndarray"

func Normalized[T ~float32 | ~float64](x *nd.Array[T]) *nd.Array[T] {
	flat := x.Ravel()
	s := nd.Sum(flat)
	nd.ScaleAssign(flat, 1/s) // want "VC1006"
	return nd.Mul(x, x)
}

func Sorted(xs *nd.Array[int]) *nd.Array[int] {
	n := xs.Size()
	for i := 1; i < n; i++ {
		for j := i; j > 0 && xs.At(j-1) > xs.At(j); j-- {
			a, b := xs.At(j-1), xs.At(j)
			xs.Set(b, j-1) // want "VC1006"
			xs.Set(a, j)
		}
	}
	return xs.Copy()
}
