// Package earlyreturn validates measurements.
//
// Review: redteam
package earlyreturn

import (
	"errors"
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Total returns the sum of the readings, or zeroes the header and returns
// an error when the header holds a NaN.
func Total(readings *nd.Array[float64]) (float64, error) {
	hdr := readings.Slice(nd.S(0, 4))
	for i := 0; i < 4; i++ {
		if math.IsNaN(hdr.At(i)) {
			hdr.Fill(0)
			return 0, errors.New("qearlyreturn: NaN in header")
		}
	}
	return nd.Sum(readings), nil
}
