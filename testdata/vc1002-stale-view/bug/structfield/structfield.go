// A checkpoint struct keeps the grid as a view. Resetting the grid for the
// next run also resets the checkpoint, so the saved result prints zeros.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

type checkpoint struct {
	step  int
	state *nd.Array[float64]
}

func main() {
	grid := nd.Arange[float64](6).Reshape(2, 3)
	cp := checkpoint{step: 10}
	cp.state = grid.Slice(nd.All(), nd.All())
	grid.Fill(0)                                                        // want "VC1002"
	fmt.Println("checkpoint at step", cp.step, "sum", nd.Sum(cp.state)) // 0, not 15
}
