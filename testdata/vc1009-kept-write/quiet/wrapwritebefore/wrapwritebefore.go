// Correct: the slice is filled before it is wrapped and written afterwards
// only through the array.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	readings := make([]float64, 4)
	for i := range readings {
		readings[i] = float64(i)
	}
	arr := ndarray.Wrap(readings)
	ndarray.ScaleAssign(arr, 2)
	fmt.Println(arr, readings)
}
