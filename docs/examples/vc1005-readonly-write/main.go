// Command vc1005-readonly-write shows VC1005: a write through a read-only
// view. A broadcast view repeats the same memory (here every row of grid
// is row), so the library refuses writes to it, and the program panics.
//
// The fix is row.BroadcastTo(3, 3).Copy(), a writable 3x3 array.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	row := ndarray.FromSlice([]float64{1, 2, 3})
	grid := row.BroadcastTo(3, 3) // read-only: 9 elements over 3 in memory
	grid.Set(0, 1, 1)             // VC1005: panics
	fmt.Println(grid)
}
