// Command vc1002-stale-view shows VC1002: a view kept as the "previous"
// state is read after the array it views was overwritten, so it shows the
// new state instead of the old one.
//
// It prints [0 0 0 0] where the change [1 2 3 4] was meant. The fix is
// prev := state.Copy().
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	state := ndarray.FromSlice([]float64{1, 2, 3, 4})
	prev := state.View()                  // meant to keep the previous state
	ndarray.ScaleAssign(state, 2)         // VC1002: prev changes with state
	fmt.Println(ndarray.Sub(state, prev)) // the change made by the step
}
