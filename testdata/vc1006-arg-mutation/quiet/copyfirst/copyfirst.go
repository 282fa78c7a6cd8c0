// Quiet: the parameter is copied before the in-place arithmetic.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func spice(s *ndarray.Array[float64]) *ndarray.Array[float64] {
	s = s.Copy()
	ndarray.SubAssign(s, ndarray.Full(35.0, 1))
	return ndarray.Mul(s, s)
}

func main() {
	s := ndarray.FromSlice([]float64{35.5, 36})
	fmt.Println(spice(s), spice(s), s)
}
