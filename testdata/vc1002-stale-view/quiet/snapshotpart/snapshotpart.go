// Quiet: views named as snapshots (backup, prev) of one part of an array,
// while only another part is overwritten. The snapshot's elements are never
// written, so reading it afterwards gives the old values. (With a snapshot of
// the overwritten part it would be VC1002; see ../../bug/overlap.)
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// resetTail keeps the first k readings and restarts the rest at zero,
// then reports the kept readings.
func resetTail(readings *ndarray.Array[float64], k int) float64 {
	backup := readings.Slice(ndarray.S(0, k))
	readings.Slice(ndarray.S(k, ndarray.End)).Fill(0)
	return ndarray.Sum(backup)
}

// advance overwrites column 1 of the state with a new estimate and prints
// its change from prev, the column 0 history, which is still the history.
func advance(state *ndarray.Array[float64]) {
	prev := state.Slice(ndarray.All(), ndarray.I(0))
	next := ndarray.Add(state.Slice(ndarray.All(), ndarray.I(1)), state.Slice(ndarray.All(), ndarray.I(1)))
	state.Slice(ndarray.All(), ndarray.I(1)).Assign(next)
	fmt.Println(ndarray.Sub(next, prev))
}

// evenSnapshot keeps the even frames and smooths the odd ones.
func evenSnapshot(frames *ndarray.Array[float64]) float64 {
	savedEven := frames.Slice(ndarray.Step(0, ndarray.End, 2))
	odd := frames.Slice(ndarray.Step(1, ndarray.End, 2))
	ndarray.ScaleAssign(odd, 0.5)
	return ndarray.Sum(savedEven)
}

func main() {
	fmt.Println(resetTail(ndarray.Arange[float64](6), 3)) // 0+1+2 = 3
	st := ndarray.Arange[float64](6).Reshape(3, 2)
	advance(st)                                           // 2*[1 3 5] - [0 2 4] = [2 4 6]
	fmt.Println(evenSnapshot(ndarray.Arange[float64](6))) // 0+2+4 = 6
}
