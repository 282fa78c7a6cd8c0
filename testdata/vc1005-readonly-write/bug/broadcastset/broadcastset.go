// A broadcast row repeats its elements, so it is read-only: setting one
// entry of the "grid" panics.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	row := ndarray.FromSlice([]float64{1, 2, 3, 4})
	grid := row.BroadcastTo(3, 4)
	grid.Set(0, 1, 1) // want "VC1005"
	fmt.Println(grid)
}
