// Quiet: a documented in-place API (StandardScaler(copy=False),
// scikit-learn#14481): the function returns nothing and exists to change
// its argument.
package main

import (
	"fmt"
	"math"

	"github.com/viewcheck/viewcheck/ndarray"
)

// StandardizeInPlace scales x to zero mean and unit variance, in place.
func StandardizeInPlace(x *ndarray.Array[float64]) {
	mu := ndarray.Mean(x)
	ndarray.SubAssign(x, ndarray.Full(mu, 1))
	sd := math.Sqrt(ndarray.Sum(ndarray.Mul(x, x)) / float64(x.Size()))
	if sd > 0 {
		ndarray.ScaleAssign(x, 1/sd)
	}
}

func main() {
	x := ndarray.FromSlice([]float64{1, 2, 3, 4})
	StandardizeInPlace(x)
	fmt.Println(x)
}
