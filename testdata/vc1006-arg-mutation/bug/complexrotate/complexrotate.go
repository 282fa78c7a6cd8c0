// rotated multiplies the caller's phasors by i before building the result.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func rotated(z *ndarray.Array[complex128], quarterTurns int) *ndarray.Array[complex128] {
	for k := 0; k < quarterTurns; k++ {
		ndarray.ScaleAssign(z, 1i) // want "VC1006"
	}
	return ndarray.Add(z, ndarray.Zeros[complex128](z.Shape()...))
}

func main() {
	z := ndarray.FromSlice([]complex128{1, 1i})
	fmt.Println(rotated(z, 1), z)
}
