// Package metaonly writes through a named view and then reads only the base's
// metadata.
//
// Review: redteam2
package metaonly

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func Init(n int) *nd.Array[float64] {
	a := nd.Zeros[float64](n, n)
	d := a.Slice(nd.S(0, 1))
	d.Fill(1)
	fmt.Println(a.Shape(), a.Size(), a.Ndim(), a.Strides())
	return d
}

func Check(a *nd.Array[float64]) bool {
	v := a.Slice(nd.I(0))
	v.Fill(0)
	return a.Ndim() == 2 && a.Size() > 0
}

func Overlap(a *nd.Array[float64]) {
	v := a.Slice(nd.S(0, 2))
	v.Fill(3)
	fmt.Println(nd.SharesMemory(a, v))
}
