// Replacing outliers with the median through a boolean selection: the
// selection is a copy, so the standard deviation is computed on the raw
// readings.
package main

import (
	"fmt"
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func stddev(x *nd.Array[float64]) float64 {
	m := nd.Mean(x)
	d := nd.Sub(x, nd.Full(m, 1))
	return math.Sqrt(nd.Sum(nd.Mul(d, d)) / float64(x.Size()))
}

func main() {
	readings := nd.FromSlice([]float64{10.1, 9.8, 250, 10.3, 9.9, -180})
	hi := nd.Greater(readings, nd.Full(100.0, 1))
	lo := nd.Less(readings, nd.Full(-100.0, 1))
	spikes := readings.Mask(hi)
	spikes.Fill(10) // want "VC1003"
	dips := readings.Mask(lo)
	dips.Fill(10) // want "VC1003"
	fmt.Printf("stddev: %.2f\n", stddev(readings))
}
