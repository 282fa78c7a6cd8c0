// x = x.reshape(-1); x.sort() inside a function sorted the caller's input
// (tolerance_interval_py#7). tolerance returns new bounds and also sorts
// the caller's contiguous data in place.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// sortInPlace sorts the 1-D array x in place (insertion sort).
func sortInPlace(x *ndarray.Array[float64]) {
	for i := 1; i < x.Size(); i++ {
		for j := i; j > 0 && x.At(j-1) > x.At(j); j-- {
			a, b := x.At(j-1), x.At(j)
			x.Set(b, j-1)
			x.Set(a, j)
		}
	}
}

// tolerance returns the k-th smallest and k-th largest values of x.
func tolerance(x *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	x = x.Reshape(-1)
	sortInPlace(x) // want "VC1006"
	n := x.Size()
	return ndarray.FromSlice([]float64{x.At(k), x.At(n - 1 - k)})
}

func main() {
	obs := ndarray.FromSlice([]float64{5, 1, 4, 2, 3, 9}, 2, 3)
	fmt.Println(tolerance(obs, 1))
	fmt.Println("observations in time order:", obs) // sorted
}
