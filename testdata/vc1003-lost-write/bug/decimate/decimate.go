// Package decimate decimates a signal.
//
// Review: redteam
package decimate

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// ZeroEven zeroes every other sample of a ramp and prints the ramp.
func ZeroEven(n int) {
	sig := nd.Arange[float64](n)
	even := sig.Slice(nd.Step(0, nd.End, 2)).Ravel()
	even.Fill(0) // want "VC1003"
	fmt.Println(sig)
}
