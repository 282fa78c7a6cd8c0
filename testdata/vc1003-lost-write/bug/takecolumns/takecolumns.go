// Applying a phase shift to selected frequency bins picked with Take: the
// bins are a copy, so the spectrum is unchanged.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	spectrum := ndarray.Full[complex128](1+0i, 2, 4)
	bins := spectrum.Take([]int{0, 2}, 1)
	ndarray.ScaleAssign(bins, 1i) // want "VC1003"
	fmt.Println(spectrum)
}
