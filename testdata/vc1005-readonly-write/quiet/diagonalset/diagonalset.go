// Quiet: setting a matrix diagonal on purpose through an unnamed writable
// strided view (np.einsum('ii->i', X)[...] = y).
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	const n = 3
	x := ndarray.Zeros[float64](n, n)
	y := ndarray.FromSlice([]float64{1, 2, 3})
	x.Reshape(-1).Slice(ndarray.Step(0, ndarray.End, n+1)).Assign(y)
	fmt.Println(x)
}
