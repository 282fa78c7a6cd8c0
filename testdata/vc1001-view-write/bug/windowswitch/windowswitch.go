// Package windowswitch applies windowing modes to a spectrum.
//
// Review: redteam
package windowswitch

import nd "github.com/viewcheck/viewcheck/ndarray"

// Power applies a mode to the band edges and returns the total power.
func Power(spec *nd.Array[float64], mode string) float64 {
	lo := spec.Slice(nd.S(0, 4))
	hi := spec.Slice(nd.S(-4, nd.End))
	switch mode {
	case "notch-low":
		lo.Fill(0) // want "VC1001"
	case "halve-high":
		nd.ScaleAssign(hi, 0.5) // want "VC1001"
	default:
	}
	return nd.Sum(spec)
}
