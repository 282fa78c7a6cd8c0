// Package readonlyhelpers: writes through read-only views.
//
// Review: redteam2
package readonlyhelpers

import (
	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/crosspkg/mathx"
)

func AddBias(x, bias *nd.Array[float64]) *nd.Array[float64] {
	b := bias.BroadcastTo(x.Shape()...)
	nd.AddAssign(b, x) // want "VC1005"
	return b
}

func SetIdentityDiag(m *nd.Array[float64]) {
	m.Diagonal().Fill(1) // want "VC1005"
}

func Tiled(v *nd.Array[float64]) *nd.Array[float64] {
	t := mathx.Expand(v, 4)
	t.Set(0, 0, 0) // want "VC1005"
	return t
}

func rowOfDiag(m *nd.Array[float64]) *nd.Array[float64] {
	return m.Diagonal()
}

func Clear(m *nd.Array[float64]) {
	d := rowOfDiag(m)
	nd.ScaleAssign(d, 0) // want "VC1005"
}
