// Quiet: Reshape of a temporary; nothing else can see the memory.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Arange[float64](6).Reshape(2, 3)
	m.Set(-1, 1, 2)
	grid := ndarray.Zeros[int](12).Reshape(3, -1)
	grid.Fill(4)
	fmt.Println(m, grid)
}
