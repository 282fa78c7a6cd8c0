// Command vc1009-kept-write shows VC1009: ndarray.Wrap keeps the slice it is
// given (like gonum's mat.NewDense), so clearing the readings after wrapping
// them clears the array the report prints.
//
// It prints a mean of 0 instead of 2.5. The fix wraps a copy:
// ndarray.Wrap(append(readings[:0:0], readings...)).
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	readings := []float64{1, 2, 3, 4}
	arr := ndarray.Wrap(readings)
	for i := range readings {
		readings[i] = 0 // VC1009: arr is readings
	}
	fmt.Println(ndarray.Mean(arr))
}
