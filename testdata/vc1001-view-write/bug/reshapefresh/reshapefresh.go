// Reshaping a fresh (contiguous) array always gives a view, so marking a
// cell of the grid marks the flat index list that the author prints as the
// original numbering: index 11 reads -1.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	ids := nd.Arange[int](12)
	grid := ids.Reshape(3, 4)
	grid.Set(-1, 2, 3) // want "VC1001"
	fmt.Println("grid:", grid)
	fmt.Println("ids:", ids)
}
