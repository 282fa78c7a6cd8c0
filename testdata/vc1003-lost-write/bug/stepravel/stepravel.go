// Ravel of a stepped slice is a copy (the elements are not contiguous), so
// zeroing "every other sample" through it does nothing to the signal.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	sig := ndarray.Arange[float64](8)
	evens := sig.Slice(ndarray.Step(0, ndarray.End, 2)).Ravel()
	evens.Fill(0) // want "VC1003"
	fmt.Println(sig)
}
