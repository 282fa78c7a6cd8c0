// Denoising a spectrum by zeroing the small coefficients selected with a
// mask: Mask copies, so the spectrum keeps its noise.
package main

import (
	"fmt"
	"math/cmplx"

	"github.com/viewcheck/viewcheck/ndarray"
)

func small(z *ndarray.Array[complex128], eps float64) *ndarray.Array[bool] {
	m := ndarray.Zeros[bool](z.Shape()...)
	for i := 0; i < z.Size(); i++ {
		m.Set(cmplx.Abs(z.At(i)) < eps, i)
	}
	return m
}

func main() {
	spec := ndarray.FromSlice([]complex128{10, 0.01i, 3 - 4i, 0.02})
	noise := spec.Mask(small(spec, 0.1))
	noise.Fill(0) // want "VC1003"
	fmt.Println(spec)
}
