// Quiet: the base is read before the write through the view, never after.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	grid := ndarray.Arange[int](9).Reshape(3, 3)
	fmt.Println("total:", ndarray.Sum(grid))
	center := grid.Slice(ndarray.S(1, 2), ndarray.S(1, 2))
	center.Fill(-1)
	fmt.Println("center:", center)
}
