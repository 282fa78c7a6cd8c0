// The view written depends on a branch, but it is a view of grid either
// way: the histogram printed afterwards counts the zeroed half.
package main

import (
	"fmt"
	"os"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	grid := ndarray.Arange[int](8).Reshape(2, 4)
	var half *ndarray.Array[int]
	if len(os.Args) > 1 {
		half = grid.Slice(ndarray.All(), ndarray.S(0, 2))
	} else {
		half = grid.Slice(ndarray.All(), ndarray.S(2, 4))
	}
	half.Fill(0)                                  // want "VC1001"
	fmt.Println("grid total:", ndarray.Sum(grid)) // 10, not 28
}
