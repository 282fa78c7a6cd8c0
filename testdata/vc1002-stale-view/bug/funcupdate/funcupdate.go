// Package funcupdate: a "previous" view compared after an update made by a
// known user function (not a func value).
//
// Review: redteam2
package funcupdate

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func relaxStep(u *nd.Array[float64]) {
	n := u.Size()
	for i := 1; i < n-1; i++ {
		u.Set((u.At(i-1)+u.At(i+1))/2, i)
	}
}

func Relax(u *nd.Array[float64]) int {
	for it := 0; it < 1000; it++ {
		prev := u.View()
		relaxStep(u) // want "VC1002"
		d := nd.Sub(u, prev)
		if math.Sqrt(nd.Sum(nd.Mul(d, d))) < 1e-9 {
			return it
		}
	}
	return -1
}
