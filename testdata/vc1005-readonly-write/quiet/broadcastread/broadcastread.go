// Quiet: broadcast views are only read (as operands of arithmetic).
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	x := ndarray.Arange[float64](6).Reshape(2, 3)
	mu := ndarray.FromSlice([]float64{1, 2, 3})
	centered := ndarray.Sub(x, mu.BroadcastTo(2, 3))
	centered.Set(0, 0, 0)
	fmt.Println(centered, ndarray.Sum(mu.BroadcastTo(4, 3)))
}
