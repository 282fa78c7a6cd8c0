// Package losttake: writes into fancy-indexed and masked copies are lost.
//
// Review: redteam2
package losttake

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func ZeroOutliers(x *nd.Array[float64], idx []int) float64 {
	out := x.Take(idx, 0)
	out.Fill(0) // want "VC1003"
	return nd.Mean(x)
}

func ClipNegative(x *nd.Array[float64]) {
	zero := nd.Zeros[float64](x.Shape()...)
	x.Mask(nd.Less(x, zero)).Fill(0) // want "VC1003"
	fmt.Println(x)
}

func double(a *nd.Array[float64]) { nd.ScaleAssign(a, 2) }

func DoubleSome(x *nd.Array[float64], rows []int) float64 {
	double(x.Take(rows, 0)) // want "VC1003"
	return nd.Sum(x)
}
