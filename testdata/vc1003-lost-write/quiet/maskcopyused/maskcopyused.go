// Package maskcopyused reports fever readings in Fahrenheit.
//
// Review: redteam
package maskcopyused

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Fevers prints the fever readings converted to Fahrenheit and the mean of
// all readings in Celsius.
func Fevers(celsius *nd.Array[float64]) {
	fever := celsius.Mask(nd.Greater(celsius, nd.Full(38.0, 1)))
	nd.ScaleAssign(fever, 1.8)
	nd.AddAssign(fever, nd.Full(32.0, 1))
	fmt.Println("fevers (F):", fever, "mean (C):", nd.Mean(celsius))
}
