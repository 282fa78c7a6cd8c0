// Quiet: the same disjoint slices as in ../tiles, but of an array held in
// a struct field (d.x, loaded once per slice) and in a package variable
// (board). Nothing is stored into d.x or board between the two loads, so
// both slices are of the same array: feats (columns 0-2) does not meet
// labels (column 3), top (rows 0-1) does not meet bottom (rows 2-3). The
// reads afterwards see untouched values.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

type dataset struct {
	x *ndarray.Array[float64]
}

// scaleFeatures halves the feature columns and returns the labels' total.
func (d *dataset) scaleFeatures() float64 {
	feats := d.x.Slice(ndarray.All(), ndarray.S(0, 3))
	labels := d.x.Slice(ndarray.All(), ndarray.I(3))
	ndarray.ScaleAssign(feats, 0.5)
	return ndarray.Sum(labels)
}

var board = ndarray.Arange[float64](16).Reshape(4, 4)

// clearTop clears the top rows of the board and returns the bottom's total.
func clearTop() float64 {
	top := board.Slice(ndarray.S(0, 2))
	bottom := board.Slice(ndarray.S(2, 4))
	top.Fill(0)
	return ndarray.Sum(bottom)
}

func main() {
	d := &dataset{x: ndarray.Arange[float64](8).Reshape(2, 4)}
	fmt.Println(d.scaleFeatures()) // 3 + 7 = 10
	fmt.Println(clearTop())        // 8+...+15 = 92
}
