// A broadcast row is read-only: setting one cell of the grid built from it
// panics. The grid is printed afterwards, so a copy is what was meant.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	row := ndarray.Arange[int](3)
	grid := row.BroadcastTo(2, 3)
	grid.Set(-1, 1, 1) // want "VC1005"
	fmt.Println(grid)
}
