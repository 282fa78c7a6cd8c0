// withoutDC returns a new spectrum without its first (DC) bin and zeroes the
// DC bin of the caller's contiguous spectrum through a Ravel.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func withoutDC(spec *ndarray.Array[float64]) *ndarray.Array[float64] {
	flat := spec.Ravel()
	flat.Set(0, 0) // want "VC1006"
	return ndarray.Add(flat, ndarray.Zeros[float64](1))
}

func main() {
	spec := ndarray.FromSlice([]float64{10, 1, 2, 3}, 2, 2)
	fmt.Println(withoutDC(spec), spec)
}
