// Quiet: a scaler type with documented in-place methods.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// MinMax maps values from [Lo, Hi] to [0, 1].
type MinMax struct{ Lo, Hi float64 }

// Fit learns the range of x.
func (s *MinMax) Fit(x *ndarray.Array[float64]) {
	s.Lo, s.Hi = ndarray.Min(x), ndarray.Max(x)
}

// TransformInPlace rescales x in place.
func (s *MinMax) TransformInPlace(x *ndarray.Array[float64]) {
	ndarray.SubAssign(x, ndarray.Full(s.Lo, 1))
	if s.Hi > s.Lo {
		ndarray.ScaleAssign(x, 1/(s.Hi-s.Lo))
	}
}

func main() {
	x := ndarray.FromSlice([]float64{2, 4, 6, 10})
	var s MinMax
	s.Fit(x)
	s.TransformInPlace(x)
	fmt.Println(x)
}
