// Command vc1004-layout-write shows VC1004: a write through the result of
// Ravel, which is a view of its input when the input is contiguous and a
// copy otherwise, so the write reaches the input for some callers only
// (NumPy's y = x.ravel(); y[0] = 9999).
//
// It prints "20 20" and then "20 21": the same call on the same values
// leaves a contiguous input changed and a transposed one untouched.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// withoutFirst returns the sum of m's elements but the first, by zeroing the
// first element of a flat version of m.
func withoutFirst(m *ndarray.Array[float64]) float64 {
	flat := m.Ravel() // a view of m when m is contiguous, a copy otherwise
	flat.Set(0, 0)    // VC1004: zeroes m's first element too, for some layouts
	return ndarray.Sum(flat)
}

func main() {
	m := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3)
	fmt.Println(withoutFirst(m), ndarray.Sum(m))
	t := ndarray.FromSlice([]float64{1, 4, 2, 5, 3, 6}, 3, 2).Transpose()
	fmt.Println(withoutFirst(t), ndarray.Sum(t))
}
