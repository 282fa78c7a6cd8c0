// Anomalies returns deviations from a baseline and subtracts the baseline
// from the caller's temperature record while doing so.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// Celsius is a temperature.
type Celsius float64

// Anomalies returns record - baseline, as a new array.
func Anomalies(record *ndarray.Array[Celsius], baseline Celsius) *ndarray.Array[Celsius] {
	out := ndarray.Zeros[Celsius](record.Shape()...)
	for i := 0; i < record.Size(); i++ {
		record.Set(record.At(i)-baseline, i) // want "VC1006"
		out.Set(record.At(i), i)
	}
	return out
}

func main() {
	july := ndarray.FromSlice([]Celsius{24.1, 26.5, 31.2})
	fmt.Println(Anomalies(july, 25))
	fmt.Println("July:", july) // shifted by -25
}
