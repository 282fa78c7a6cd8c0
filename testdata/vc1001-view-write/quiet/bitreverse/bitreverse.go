// Package bitreverse permutes FFT inputs.
//
// Review: redteam
package bitreverse

import nd "github.com/viewcheck/viewcheck/ndarray"

// BitReverse reorders the power-of-two-length x in bit-reversed order, in
// place.
func BitReverse(x *nd.Array[complex128]) {
	n := x.Size()
	j := 0
	for i := 1; i < n; i++ {
		bit := n >> 1
		for ; j&bit != 0; bit >>= 1 {
			j ^= bit
		}
		j ^= bit
		if i < j {
			xi, xj := x.At(i), x.At(j)
			x.Set(xj, i)
			x.Set(xi, j)
		}
	}
}
