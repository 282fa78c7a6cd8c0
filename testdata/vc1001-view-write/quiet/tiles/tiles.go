// Quiet: a matrix split into four tiles at (r, c), both bounds held in
// variables shared by the neighbouring tiles. The top-left tile is scaled in
// place; the two tiles read afterwards share no row (bottom-right: rows r:)
// or no column (top-right: columns c:) with it. Also column blocks cut in a
// loop at a shared running bound: block j ends where block j+1 starts.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// scaleCorner scales the top-left r x c tile and returns the totals of the
// top-right and bottom-right tiles, which the scaling does not touch.
func scaleCorner(m *ndarray.Array[float64], r, c int) (float64, float64) {
	tl := m.Slice(ndarray.S(0, r), ndarray.S(0, c))
	tr := m.Slice(ndarray.S(0, r), ndarray.S(c, ndarray.End))
	br := m.Slice(ndarray.S(r, ndarray.End), ndarray.S(c, ndarray.End))
	ndarray.ScaleAssign(tl, 10)
	return ndarray.Sum(tr), ndarray.Sum(br)
}

// zeroLeftOf zeroes the columns before split and reports the sum of the
// rest, computed after the zeroing.
func zeroLeftOf(m *ndarray.Array[float64], split int) float64 {
	before := m.Slice(ndarray.All(), ndarray.S(ndarray.End, split))
	after := m.Slice(ndarray.All(), ndarray.S(split, ndarray.End))
	before.Fill(0)
	return ndarray.Sum(after)
}

func main() {
	m := ndarray.Arange[float64](16).Reshape(4, 4)
	tr, br := scaleCorner(m, 2, 2)
	// top-right = 2+3+6+7 = 18, bottom-right = 10+11+14+15 = 50.
	fmt.Println(tr, br)
	m = ndarray.Arange[float64](16).Reshape(4, 4)
	// columns 1..3 = 120 - (0+4+8+12) = 96.
	fmt.Println(zeroLeftOf(m, 1))
}
