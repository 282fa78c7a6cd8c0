// A method that promises a transformed copy scales the caller's matrix
// first.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// Scaler multiplies by a fixed factor.
type Scaler struct{ Factor float64 }

// Transform returns x scaled by the factor.
func (s Scaler) Transform(x *ndarray.Array[float64]) *ndarray.Array[float64] {
	ndarray.ScaleAssign(x, s.Factor) // want "VC1006"
	return x.Copy()
}

func main() {
	x := ndarray.Full(2.0, 2, 2)
	y := Scaler{Factor: 3}.Transform(x)
	fmt.Println(y, x) // x is all 6 too
}
