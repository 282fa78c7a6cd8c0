// s = np.asanyarray(s); s -= 35 inside spice() mutated the caller's array
// (python-oceans#41). spice returns a new array and also subtracts 35 from
// the caller's salinities: calling it twice gives two different answers.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// spice returns a spiciness index for salinities s (practical salinity
// units) and temperatures t.
func spice(s, t *ndarray.Array[float64]) *ndarray.Array[float64] {
	ndarray.SubAssign(s, ndarray.Full(35.0, 1)) // want "VC1006"
	return ndarray.Add(ndarray.Mul(s, s), t)
}

func main() {
	s := ndarray.FromSlice([]float64{35.5, 36, 34})
	t := ndarray.FromSlice([]float64{10, 12, 8})
	fmt.Println(spice(s, t))
	fmt.Println(spice(s, t)) // different: s is now [0.5 1 -1]
}
