// A "backup" taken as a view before a tentative update: when the update
// diverges, restoring from the backup restores the diverged values, since
// the backup shares the weights' memory.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	weights := ndarray.FromSlice([]float64{0.5, -0.25, 1})
	grad := ndarray.FromSlice([]float64{10, 20, -30})

	backup := weights.View()
	ndarray.AddAssign(weights, grad) // want "VC1002"
	if ndarray.Max(weights) > 5 {
		fmt.Println("diverged, restoring")
		weights.Assign(backup)
	}
	fmt.Println("weights:", weights) // still [10.5 19.75 -29]
}
