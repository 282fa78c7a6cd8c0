// Package softmax computes row softmax into new memory, and an in-place
// variant that returns nothing.
//
// Review: redteam2
package softmax

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func SoftmaxRowsInPlace(z *nd.Array[float64]) {
	for i := 0; i < z.Shape()[0]; i++ {
		row := z.Slice(nd.I(i))
		mx := nd.Max(row)
		s := 0.0
		for j := 0; j < row.Size(); j++ {
			e := math.Exp(row.At(j) - mx)
			row.Set(e, j)
			s += e
		}
		nd.ScaleAssign(row, 1/s)
	}
}

func Softmax(z *nd.Array[float64]) *nd.Array[float64] {
	out := z.Copy()
	SoftmaxRowsInPlace(out)
	return out
}

func Attention(q, k, v *nd.Array[float64]) *nd.Array[float64] {
	scores := nd.MatMul(q, k.Transpose())
	nd.ScaleAssign(scores, 1/math.Sqrt(float64(q.Shape()[1])))
	SoftmaxRowsInPlace(scores)
	return nd.MatMul(scores, v)
}
