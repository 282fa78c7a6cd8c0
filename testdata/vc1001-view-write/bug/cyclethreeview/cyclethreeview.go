// Bug (VC1001): coarse, mid and fine call each other in a cycle, each
// taking every second row of its input, and the cycle ends in a plain
// slice: every path returns a view of the parameter. level is a view of
// pyr, so clearing it clears rows of pyr, which is summed afterwards.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func coarse(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	if n == 0 {
		return a.Slice(ndarray.S(0, 1))
	}
	return mid(a.Slice(ndarray.Step(0, ndarray.End, 2)), n-1)
}

func mid(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	return fine(a, n)
}

func fine(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	if a.Shape()[0] <= 1 {
		return a
	}
	return coarse(a, n)
}

func main() {
	pyr := ndarray.Arange[float64](16).Reshape(8, 2)
	level := coarse(pyr, 2)
	level.Fill(0) // want "VC1001"
	fmt.Println(level, ndarray.Sum(pyr), ndarray.SharesMemory(level, pyr))

	// The same cycle entered at mid.
	pyr2 := ndarray.Arange[float64](16).Reshape(8, 2)
	lv := mid(pyr2, 1)
	lv.Fill(0) // want "VC1001"
	fmt.Println(ndarray.Sum(pyr2))
}
