// Quiet: overlapping in-place operations (a[1:] += a[:-1], x += x.T); the
// library gives the result as if the inputs had been copied first.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[int](6)
	ndarray.AddAssign(a.Slice(ndarray.S(1, ndarray.End)), a.Slice(ndarray.S(0, -1)))
	fmt.Println(a) // [0 1 3 5 7 9]

	x := ndarray.Arange[float64](9).Reshape(3, 3)
	ndarray.AddAssign(x, x.Transpose())
	fmt.Println(x) // symmetric
}
