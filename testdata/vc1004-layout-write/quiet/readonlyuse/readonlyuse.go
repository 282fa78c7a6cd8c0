// Quiet: the reshaped parameter is only read.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func peak(x *ndarray.Array[float32]) float32 {
	flat := x.Reshape(-1)
	best := flat.At(0)
	for i := 1; i < flat.Size(); i++ {
		best = max(best, flat.At(i))
	}
	return best
}

func main() {
	m := ndarray.FromSlice([]float32{3, 9, 1, 4}, 2, 2)
	fmt.Println(peak(m), peak(m.Transpose()), ndarray.Max(m.Ravel()))
}
