// Package reads exports matrices after clearing a header row.
//
// Review: redteam
package reads

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Export clears the header row and returns the raw values as written by
// the instrument.
func Export(m *nd.Array[float64]) []float64 {
	hdr := m.Slice(nd.I(0))
	hdr.Fill(0) // want "VC1001"
	return m.ToSlice()
}

// Dump clears the header row and formats the instrument's raw matrix.
func Dump(m *nd.Array[float64]) string {
	hdr := m.Slice(nd.I(0))
	hdr.Fill(0) // want "VC1001"
	return fmt.Sprintf("%.2f", m)
}

// Runs clears the header row and counts the raw matrix's elements run by
// run.
func Runs(m *nd.Array[float64]) float64 {
	hdr := m.Slice(nd.I(0))
	hdr.Fill(0) // want "VC1001"
	var s float64
	for run := range m.Chunks() {
		for _, v := range run {
			s += v
		}
	}
	return s
}
