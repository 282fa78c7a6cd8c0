// Quiet: states appended to a history as copies; the history shows every
// step.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	state := ndarray.FromSlice([]int{1, 0, 0})
	var history []*ndarray.Array[int]
	for t := 0; t < 3; t++ {
		history = append(history, state.Copy())
		next := ndarray.Zeros[int](3)
		next.Slice(ndarray.S(1, ndarray.End)).Assign(state.Slice(ndarray.S(0, -1)))
		next.Set(state.At(2), 0)
		state.Assign(next)
	}
	for _, h := range history {
		fmt.Println(h)
	}
}
