// Package spectrum filters complex spectra.
//
// Review: redteam
package spectrum

import nd "github.com/viewcheck/viewcheck/ndarray"

// LowpassEnergy removes the DC bins and reports the energy of the input.
func LowpassEnergy(n int) complex128 {
	spec := nd.Full[complex128](complex(1, 1), n)
	dc := spec.Slice(nd.S(0, 2))
	dc.Fill(0) // want "VC1001"
	return nd.Sum(spec)
}
