// Quiet: a 1-D stencil with two buffers swapped by pointer; each step
// writes the interior of next through an unnamed view.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	cur := ndarray.FromSlice([]float64{0, 0, 8, 0, 0})
	next := ndarray.Zeros[float64](5)
	for step := 0; step < 4; step++ {
		left := cur.Slice(ndarray.S(0, -2))
		mid := cur.Slice(ndarray.S(1, -1))
		right := cur.Slice(ndarray.S(2, ndarray.End))
		avg := ndarray.Add(ndarray.Add(left, right), ndarray.Mul(mid, ndarray.Full(2.0, 1)))
		ndarray.ScaleAssign(avg, 0.25)
		next.Slice(ndarray.S(1, -1)).Assign(avg)
		cur, next = next, cur
	}
	fmt.Println(cur, ndarray.Sum(cur))
}
