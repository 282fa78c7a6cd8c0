// Package notsnapshots uses names that are not snapshot words ("last",
// "start", "head", "current") for live views.
//
// Review: redteam2
package notsnapshots

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func Roll(hist *nd.Array[float64], x *nd.Array[float64]) {
	n := hist.Shape()[0]
	last := hist.Slice(nd.I(n - 1))
	for i := 0; i < n-1; i++ {
		hist.Slice(nd.I(i)).Assign(hist.Slice(nd.I(i + 1)))
	}
	last.Assign(x)
	fmt.Println(nd.Sum(last))
}

func Prefix(seq *nd.Array[int]) int {
	start := seq.Slice(nd.S(0, 3))
	seq.Fill(7)
	return nd.Sum(start)
}

func Current(state *nd.Array[float64], steps int) float64 {
	current := state.Slice(nd.S(0, 2))
	for s := 0; s < steps; s++ {
		nd.ScaleAssign(state, 0.5)
		fmt.Println(current)
	}
	return nd.Sum(current)
}
