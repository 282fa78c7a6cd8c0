// Package helperwrite: a named view passed to a function that writes
// through its parameter; the base is read afterwards.
//
// Review: redteam2
package helperwrite

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/crosspkg/mathx"
)

func clampUnit(x *nd.Array[float64]) {
	for i := 0; i < x.Size(); i++ {
		if x.At(i) > 1 {
			x.Set(1, i)
		}
	}
}

func Inspect(data *nd.Array[float64]) {
	window := data.Slice(nd.S(10, 20))
	clampUnit(window) // want "VC1001"
	fmt.Println("raw max:", nd.Max(data))
}

func InspectCross(m *nd.Array[float64]) float64 {
	sub := m.Slice(nd.S(0, 2), nd.S(0, 2))
	mathx.Clamp(sub, 0, 1) // want "VC1001"
	return nd.Sum(m)
}
