// Quiet: shifting a buffer left by one with an overlapping Assign, and a
// symmetrising x += x.T; the library makes overlapping operands safe.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	hist := nd.Arange[int](6)
	hist.Slice(nd.S(0, -1)).Assign(hist.Slice(nd.S(1, nd.End)))
	hist.Set(99, hist.Size()-1)
	fmt.Println(hist)

	x := nd.Arange[float64](4).Reshape(2, 2)
	nd.AddAssign(x, x.Transpose())
	nd.MulAssign(x, x)
	fmt.Println(x)
}
