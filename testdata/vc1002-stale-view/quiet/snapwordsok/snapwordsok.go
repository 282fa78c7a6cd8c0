// Package snapwordsok uses snapshot-like names for views whose base is not
// overwritten afterwards, or that are read only before the overwrite.
//
// Review: redteam2
package snapwordsok

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func Residual(img *nd.Array[float64]) *nd.Array[float64] {
	orig := img.Slice(nd.S(1, -1), nd.S(1, -1))
	blurred := img.Slice(nd.S(0, -2), nd.S(0, -2))
	return nd.Sub(orig, blurred)
}

func Report(x *nd.Array[float64]) {
	initial := x.View()
	fmt.Println("initial:", initial)
	nd.ScaleAssign(x, 2)
	fmt.Println("now:", x)
}

func Scratch(x, y, scratch *nd.Array[float64]) {
	n := x.Size()
	tmp := scratch.Slice(nd.S(0, n))
	tmp.Assign(x)
	nd.ScaleAssign(tmp, 2)
	nd.AddAssign(y, tmp)
}
