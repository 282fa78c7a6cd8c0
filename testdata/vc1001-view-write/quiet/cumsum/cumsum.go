// Package cumsum computes prefix sums in place with overlapping views (the
// library makes overlap correct) and in new memory.
//
// Review: redteam2
package cumsum

import nd "github.com/viewcheck/viewcheck/ndarray"

func CumSum(x *nd.Array[int]) *nd.Array[int] {
	out := x.Copy()
	n := out.Size()
	for i := 1; i < n; i++ {
		out.Set(out.At(i)+out.At(i-1), i)
	}
	return out
}

func Diff(x *nd.Array[float64]) *nd.Array[float64] {
	return nd.Sub(x.Slice(nd.S(1, nd.End)), x.Slice(nd.S(0, -1)))
}

func Smooth(x *nd.Array[float64]) float64 {
	nd.AddAssign(x.Slice(nd.S(1, nd.End)), x.Slice(nd.S(0, -1)))
	return nd.Sum(x)
}
