// df.values[idx] = v works for a single-dtype frame and silently does
// nothing otherwise (tsfresh#187). Here the frame's values are read through
// Ravel of a parameter whose layout the function does not know.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func impute(frame *ndarray.Array[float64], idx int, v float64) *ndarray.Array[float64] {
	values := frame.Ravel()
	values.Set(v, idx) // want "VC1004"
	fmt.Println("imputed frame:", frame)
	return frame
}

func main() {
	f := ndarray.Zeros[float64](2, 3)
	impute(f, 4, 7)
	impute(ndarray.Zeros[float64](3, 2).Transpose(), 4, 7)
}
