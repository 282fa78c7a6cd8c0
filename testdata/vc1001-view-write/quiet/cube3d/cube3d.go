// Quiet: a 3-D volume (channels x rows x cols) whose parts are written and
// read through slices that never meet: channel 0 against channel 1 (I on
// axis 0), the left against the right half of every row (axis 2, after a
// whole axis), and a NewAxis in front of the channel index, which does not
// use up an axis. Each write changes only elements the later read does not
// cover, so the reads see the values they expect.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// clearRed zeroes the red channel and returns the green channel's total.
func clearRed(img *ndarray.Array[float64]) float64 {
	red := img.Slice(ndarray.I(0))
	green := img.Slice(ndarray.I(1))
	red.Fill(0)
	return ndarray.Sum(green)
}

// maskLeft blanks the left half of every row (in every channel) and returns
// the mean of the right half.
func maskLeft(img *ndarray.Array[float64], half int) float64 {
	left := img.Slice(ndarray.All(), ndarray.All(), ndarray.S(0, half))
	right := img.Slice(ndarray.All(), ndarray.All(), ndarray.S(half, ndarray.End))
	ndarray.ScaleAssign(left, 0)
	return ndarray.Mean(right)
}

// boostBlue scales the blue channel, seen through a leading NewAxis, and
// returns the red channel's sum.
func boostBlue(img *ndarray.Array[float64]) float64 {
	blue := img.Slice(ndarray.NewAxis(), ndarray.I(2))
	red := img.Slice(ndarray.I(0), ndarray.All(), ndarray.All())
	ndarray.ScaleAssign(blue, 2)
	return ndarray.Sum(red)
}

func main() {
	img := ndarray.Arange[float64](3*2*4).Reshape(3, 2, 4)
	// green = 8..15, sum 92: unchanged by the write to red.
	fmt.Println("green:", clearRed(img))
	img = ndarray.Arange[float64](3*2*4).Reshape(3, 2, 4)
	fmt.Println("right mean:", maskLeft(img, 2))
	img = ndarray.Arange[float64](3*2*4).Reshape(3, 2, 4)
	// red = 0..7, sum 28.
	fmt.Println("red:", boostBlue(img))
	fmt.Println(img)
}
