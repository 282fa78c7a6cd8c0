// Bug (VC1009): the initial readings are kept by wrapping the buffer that
// the next readings are read into: ndarray.Wrap keeps the slice, so
// "initial" changes with every new reading and the drift printed is 0
// instead of 4.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	readings := []float64{1, 2, 3, 4}
	initial := ndarray.Wrap(readings)
	for i := range readings {
		readings[i] += 4 // want "VC1009"
	}
	current := ndarray.FromSlice(readings)
	fmt.Println(ndarray.Mean(current) - ndarray.Mean(initial))
}
