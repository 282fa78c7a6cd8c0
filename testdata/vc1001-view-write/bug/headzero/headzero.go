// Package headzero: a named view written, then the base read as if
// unchanged.
//
// Review: redteam2
package headzero

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func Preview(samples []float64) {
	sig := nd.FromSlice(samples)
	head := sig.Slice(nd.S(0, 3))
	head.Fill(0) // want "VC1001"
	fmt.Println("energy of full signal:", nd.Sum(nd.Mul(sig, sig)))
}

func Scores(m *nd.Array[int]) int {
	firstRow := m.Slice(nd.I(0))
	firstRow.Set(0, 0) // want "VC1001"
	return nd.Sum(m)
}
