// A directive for another check does not suppress this one.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	grid := ndarray.Arange[float32](9).Reshape(3, 3)
	col := grid.Slice(ndarray.All(), ndarray.I(2))
	//lint:ignore VC1003 wrong ID: this is a view write, not a lost write
	col.Fill(0) // want "VC1001"
	fmt.Println(grid)
}
