// Quiet: a[:, 0] += b, an in-place column update through an unnamed view.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Zeros[float64](3, 2)
	b := ndarray.FromSlice([]float64{1, 2, 3})
	ndarray.AddAssign(a.Slice(ndarray.All(), ndarray.I(0)), b)
	ndarray.SubAssign(a.Slice(ndarray.All(), ndarray.I(1)), b)
	fmt.Println(a, ndarray.Sum(a))
}
