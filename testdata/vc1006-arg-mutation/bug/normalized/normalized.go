// normalized promises a normalised copy and returns one, but scales the
// caller's vector first.
package main

import (
	"fmt"
	"math"

	"github.com/viewcheck/viewcheck/ndarray"
)

func normalized(v *ndarray.Array[float32]) *ndarray.Array[float32] {
	norm := float32(math.Sqrt(float64(ndarray.Sum(ndarray.Mul(v, v)))))
	ndarray.ScaleAssign(v, 1/norm) // want "VC1006"
	out := v.Copy()
	return out
}

func main() {
	v := ndarray.FromSlice([]float32{3, 4})
	u := normalized(v)
	fmt.Println(u, v) // v is [0.6 0.8] too
}
