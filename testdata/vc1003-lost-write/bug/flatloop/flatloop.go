// Package flatloop quantises a field.
//
// Review: redteam
package flatloop

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Quantise rounds every value of field down to a multiple of q and returns
// the field's total.
func Quantise(field *nd.Array[float64], q float64) float64 {
	raw := field.ToSlice()
	values := field.Flatten()
	for i, v := range raw {
		values.Set(q*math.Floor(v/q), i) // want "VC1003"
	}
	return nd.Sum(field)
}
