// Suppressions may name a check by its name as well as by its ID.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	grid := ndarray.Arange[int](6).Reshape(2, 3)
	top := grid.Slice(ndarray.I(0))
	//lint:ignore view-write the top row is meant to be cleared in grid
	top.Fill(0)
	fmt.Println(grid)

	other := ndarray.Arange[int](4)
	head := other.Slice(ndarray.S(0, 2))
	//lint:ignore stale-view not the check that fires here
	head.Fill(0) // want "VC1001"
	fmt.Println(other)
}
