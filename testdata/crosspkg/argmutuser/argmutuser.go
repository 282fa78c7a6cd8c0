// probabilities returns a new array and normalises the caller's counts
// through another package's in-place helper.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"

	"viewcheck.test/crosspkg/views"
)

func probabilities(counts *ndarray.Array[float64]) *ndarray.Array[float64] {
	views.Normalize(counts) // want "VC1006"
	return ndarray.Add(counts, ndarray.Zeros[float64](1))
}

func main() {
	counts := ndarray.FromSlice([]float64{1, 3})
	fmt.Println(probabilities(counts), counts) // counts is [0.25 0.75]
	fmt.Println(views.Standardized(counts), counts)
}
