// Command clean uses views and copies correctly; viewcheck reports
// nothing here. Each block is a pattern that is not a bug, though it looks
// like the ones in the other examples.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// normalizeRows scales each row of m to sum to one, in place: a function
// that returns nothing exists to modify its argument.
func normalizeRows(m *ndarray.Array[float64]) {
	for r := range m.Shape()[0] {
		row := m.Slice(ndarray.I(r)) // a window onto row r, on purpose
		ndarray.ScaleAssign(row, 1/ndarray.Sum(row))
	}
}

func main() {
	// A region written through a view used directly: the base is the target.
	img := ndarray.Zeros[float64](4, 4)
	img.Slice(ndarray.S(2, ndarray.End), ndarray.All()).Fill(1)
	fmt.Println(img)

	// Reshape of a temporary, and per-row windows that update the base.
	m := ndarray.Arange[float64](6).Reshape(2, 3)
	normalizeRows(m)
	fmt.Println(m)

	// An explicit copy is independent of its base.
	backup := m.Copy()
	m.Set(42, 0, 0)
	fmt.Println(m.At(0, 0), backup.At(0, 0))

	// Overlapping in-place operations give NumPy's answer: the library
	// acts as if the inputs were copied first.
	a := ndarray.Arange[int](5)
	ndarray.AddAssign(a.Slice(ndarray.S(1, ndarray.End)), a.Slice(ndarray.S(0, -1)))
	fmt.Println(a)

	// Take, change, Put: the copy is written back.
	idx := []int{0, 2}
	picked := a.Take(idx, 0)
	picked.Fill(-1)
	a.Put(idx, 0, picked)
	fmt.Println(a)
}
