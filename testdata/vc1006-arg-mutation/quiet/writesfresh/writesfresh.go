// Quiet: all writes go into a fresh output array; the parameter is read
// through views only.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// movingSum returns the sums of each window of k consecutive elements.
func movingSum(x *ndarray.Array[int], k int) *ndarray.Array[int] {
	n := x.Size() - k + 1
	out := ndarray.Zeros[int](n)
	for i := 0; i < n; i++ {
		win := x.Slice(ndarray.S(i, i+k))
		out.Set(ndarray.Sum(win), i)
	}
	return out
}

func main() {
	x := ndarray.Arange[int](6)
	fmt.Println(movingSum(x, 3), x)
}
