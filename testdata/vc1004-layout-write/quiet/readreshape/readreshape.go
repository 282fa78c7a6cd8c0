// Package readreshape reshapes parameters only to read them, or copies first.
//
// Review: redteam2
package readreshape

import nd "github.com/viewcheck/viewcheck/ndarray"

func Peak(m *nd.Array[float64]) (float64, int) {
	flat := m.Reshape(-1)
	best, at := flat.At(0), 0
	for i := 1; i < flat.Size(); i++ {
		if v := flat.At(i); v > best {
			best, at = v, i
		}
	}
	return best, at
}

func Sorted(m *nd.Array[float64]) *nd.Array[float64] {
	flat := m.Copy().Reshape(-1)
	n := flat.Size()
	for i := 1; i < n; i++ {
		for j := i; j > 0 && flat.At(j-1) > flat.At(j); j-- {
			a, b := flat.At(j-1), flat.At(j)
			flat.Set(b, j-1)
			flat.Set(a, j)
		}
	}
	return flat
}

func Clipped(m *nd.Array[float64]) *nd.Array[float64] {
	out := m.Flatten()
	for i := 0; i < out.Size(); i++ {
		if out.At(i) < 0 {
			out.Set(0, i)
		}
	}
	return out.Reshape(m.Shape()...)
}
