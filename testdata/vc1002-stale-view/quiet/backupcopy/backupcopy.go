// Quiet: it looks like the stale-backup bug, but the backup is a copy, so
// the restore brings back the old weights.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	weights := ndarray.FromSlice([]float64{0.5, -0.25, 1})
	backup := weights.Copy()
	ndarray.AddAssign(weights, ndarray.FromSlice([]float64{10, 20, -30}))
	if ndarray.Max(weights) > 5 {
		weights.Assign(backup)
	}
	fmt.Println(weights)
}
