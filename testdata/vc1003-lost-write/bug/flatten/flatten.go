// Package flatten: Flatten and a copying Reshape/Ravel swallow writes.
//
// Review: redteam2
package flatten

import nd "github.com/viewcheck/viewcheck/ndarray"

func MarkCorner(img *nd.Array[uint8]) *nd.Array[uint8] {
	flat := img.Flatten()
	flat.Set(255, 0) // want "VC1003"
	return img
}

func TransposedEdit(m *nd.Array[float64]) float64 {
	t := m.Transpose()
	lin := t.Ravel()
	lin.Set(-1, 0) // want "VC1003"
	return nd.Sum(m)
}

func EveryOther(v *nd.Array[float64]) float64 {
	odd := v.Slice(nd.Step(0, nd.End, 2))
	grid := odd.Reshape(2, -1)
	grid.Fill(0) // want "VC1003"
	return nd.Sum(v)
}
