// Bug (VC1009): ndarray.Wrap keeps the slice it wraps: resetting the
// readings after wrapping them also zeroes the array the report prints.
// It prints a mean of 0 instead of 2.5.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	readings := []float64{1, 2, 3, 4}
	arr := ndarray.Wrap(readings)
	for i := range readings {
		readings[i] = 0 // want "VC1009"
	}
	fmt.Println(ndarray.Mean(arr))
}
