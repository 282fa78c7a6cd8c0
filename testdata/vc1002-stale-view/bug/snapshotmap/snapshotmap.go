// Parameters saved per epoch in a map as views: every entry shows the last
// epoch's values, so the comparison of epoch 0 with the final parameters
// reports no change.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	params := ndarray.FromSlice([]float32{1, 1, 1, 1}, 2, 2)
	history := map[int]*ndarray.Array[float32]{}
	history[0] = params.View()
	for epoch := 1; epoch <= 3; epoch++ {
		ndarray.ScaleAssign(params, 0.5) // want "VC1002"
	}
	drift := ndarray.Sum(ndarray.Sub(params, history[0]))
	fmt.Println("drift since epoch 0:", drift) // 0
}
