// Package voidread logs and prepares samples.
//
// Review: redteam
package voidread

import (
	"log"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Prepare clears the guard interval of samples and logs the level of the
// samples it was given.
func Prepare(samples *nd.Array[float64]) {
	guard := samples.Slice(nd.S(0, 16))
	guard.Fill(0) // want "VC1001"
	log.Printf("input level %.3f", nd.Mean(samples))
}
