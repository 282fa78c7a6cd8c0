// Quiet: building matrices from temporaries with Reshape and editing them.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func identity(n int) *ndarray.Array[float64] {
	m := ndarray.Zeros[float64](n*n).Reshape(n, n)
	for i := 0; i < n; i++ {
		m.Set(1, i, i)
	}
	return m
}

func main() {
	grid := ndarray.Arange[float32](12).Reshape(3, 4)
	grid.Slice(ndarray.I(0)).Fill(-1)
	fmt.Println(identity(3), grid)
}
