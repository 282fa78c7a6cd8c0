// Package softmax turns logits into probabilities.
//
// Review: redteam
package softmax

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Softmax returns the softmax of the 1-D logits as a new array.
func Softmax(logits *nd.Array[float64]) *nd.Array[float64] {
	nd.SubAssign(logits, nd.Full(nd.Max(logits), 1)) // want "VC1006"
	n := logits.Size()
	out := nd.Zeros[float64](n)
	for i := 0; i < n; i++ {
		out.Set(math.Exp(logits.At(i)), i)
	}
	nd.ScaleAssign(out, 1/nd.Sum(out))
	return out
}
