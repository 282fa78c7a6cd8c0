// Accumulating the second half into the first half through a named view
// changes the vector that is printed as the input afterwards.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	v := ndarray.Arange[int](8)
	lo := v.Slice(ndarray.S(0, 4))
	ndarray.AddAssign(lo, v.Slice(ndarray.S(4, 8))) // want "VC1001"
	fmt.Println("pairwise sums:", lo)
	fmt.Println("input:", v) // [4 6 8 10 4 5 6 7]
}
