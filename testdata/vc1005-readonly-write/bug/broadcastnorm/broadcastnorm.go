// Per-sample weights broadcast over the batch and then normalised in place:
// the broadcast view is read-only and the division panics.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	w := ndarray.FromSlice([]float64{1, 2, 3, 4})
	batch := w.BroadcastTo(8, 4)
	norms := ndarray.Full(ndarray.Sum(w), 8, 1)
	ndarray.DivAssign(batch, norms) // want "VC1005"
	fmt.Println(batch)
}
