// Package methodvalue resets sensor channels through a method value.
//
// Review: redteam
package methodvalue

import nd "github.com/viewcheck/viewcheck/ndarray"

// Drift resets channel 0 and reports the drift over all channels.
func Drift(readings *nd.Array[float64]) float64 {
	ch0 := readings.Slice(nd.All(), nd.I(0))
	reset := ch0.Fill
	reset(0) // want "VC1001"
	return nd.Mean(readings)
}
