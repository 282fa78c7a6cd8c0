// Package freshreshape reshapes fresh arrays and writes the result; the flat
// base is not read afterwards, or the reshape is of a temporary.
//
// Review: redteam2
package freshreshape

import nd "github.com/viewcheck/viewcheck/ndarray"

func Checker(h, w int) *nd.Array[uint8] {
	flat := nd.Zeros[uint8](h * w)
	grid := flat.Reshape(h, w)
	for i := 0; i < h; i++ {
		for j := 0; j < w; j++ {
			if (i+j)%2 == 0 {
				grid.Set(255, i, j)
			}
		}
	}
	return grid
}

func Ramp(n int) *nd.Array[float64] {
	m := nd.Arange[float64](n*n).Reshape(n, n)
	m.Set(-1, 0, 0)
	return m
}

func Identity(n int) *nd.Array[float64] {
	id := nd.Zeros[float64](n, n)
	for i := 0; i < n; i++ {
		id.Set(1, i, i)
	}
	return id
}
