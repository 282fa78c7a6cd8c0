// Command vc1009-kept-write shows VC1009: the initial readings are kept by
// wrapping the buffer the next readings are read into. ndarray.Wrap keeps
// the slice it is given (like gonum's mat.NewDense), so "initial" changes
// with every new reading.
//
// It prints a drift of 0 instead of 4. The fix wraps a copy:
// ndarray.Wrap(append(readings[:0:0], readings...)).
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	readings := []float64{1, 2, 3, 4}
	initial := ndarray.Wrap(readings)
	for i := range readings {
		readings[i] += 4 // VC1009: initial is readings
	}
	current := ndarray.FromSlice(readings)
	fmt.Println(ndarray.Mean(current) - ndarray.Mean(initial))
}
