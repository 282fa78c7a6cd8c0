// Bug (VC1006), twice: smooth and relax call each other; relax halves its
// parameter in place and the recursion ends in a copy. Both return a new
// array, and both change the caller's array: relax directly, smooth through
// its call of relax. The caller's readings are halved by a function that
// looks like it computes a new series.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// smooth returns a smoothed copy of x after n relaxation steps.
func smooth(x *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	if n == 0 {
		return x.Copy()
	}
	return relax(x, n-1) // want "VC1006"
}

// relax performs one relaxation step.
func relax(x *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	ndarray.ScaleAssign(x, 0.5) // want "VC1006"
	return smooth(x, n)
}

func main() {
	readings := ndarray.Full(8.0, 4)
	s := smooth(readings, 2)
	fmt.Println(s, readings) // [2 2 2 2] [2 2 2 2]: readings changed
}
