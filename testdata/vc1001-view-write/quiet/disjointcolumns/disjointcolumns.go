// Slices of one array that provably do not meet on an axis other than the
// first: column blocks, single columns, even and odd positions. Writing one
// and reading the other is not reading what was written.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// standardizeFeatures scales the first k feature columns in place and
// returns the mean of the label columns after them.
func standardizeFeatures(data *ndarray.Array[float64], k int) float64 {
	features := data.Slice(ndarray.All(), ndarray.S(0, k))
	labels := data.Slice(ndarray.All(), ndarray.S(k, ndarray.End))
	ndarray.ScaleAssign(features, 0.5)
	return ndarray.Mean(labels)
}

// deinterleave clears the right channel of stereo samples stored as
// alternating left, right columns, and returns the left channel's sum.
func deinterleave(frames *ndarray.Array[float64]) float64 {
	left := frames.Slice(ndarray.All(), ndarray.Step(0, ndarray.End, 2))
	right := frames.Slice(ndarray.All(), ndarray.Step(1, ndarray.End, 2))
	right.Fill(0)
	return ndarray.Sum(left)
}

func main() {
	m := ndarray.Arange[float64](12).Reshape(3, 4)
	fmt.Println(standardizeFeatures(m, 2))
	fmt.Println(deinterleave(ndarray.Arange[float64](8).Reshape(2, 4)))

	grid := ndarray.Zeros[float64](4, 4)
	x := grid.Slice(ndarray.All(), ndarray.I(0))
	y := grid.Slice(ndarray.All(), ndarray.I(1))
	x.Fill(1)
	fmt.Println(ndarray.Sum(y))

	// Blocks that share rows but not columns; a third index past them.
	cube := ndarray.Zeros[float64](2, 3, 4)
	front := cube.Slice(ndarray.All(), ndarray.NewAxis(), ndarray.S(0, 1), ndarray.S(0, 2))
	back := cube.Slice(ndarray.All(), ndarray.S(0, 1), ndarray.S(2, 4))
	front.Fill(7)
	fmt.Println(ndarray.Sum(back))
}
