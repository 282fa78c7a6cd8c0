// Slices of one array that look like separate parts but meet: the written
// elements are read again through the other slice.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// rows returns the index of the first n rows; the analyzer does not know
// what it selects.
func rows(n int) ndarray.Index { return ndarray.S(0, n) }

func main() {
	m := ndarray.Arange[float64](12).Reshape(3, 4)
	// Columns 0-2 and 2-3 share column 2.
	left := m.Slice(ndarray.All(), ndarray.S(0, 3))
	right := m.Slice(ndarray.All(), ndarray.S(2, ndarray.End))
	left.Fill(0) // want "VC1001"
	fmt.Println(ndarray.Sum(right))

	// Every second and every fourth column share columns 0 and 4.
	w := ndarray.Arange[float64](16).Reshape(2, 8)
	even := w.Slice(ndarray.All(), ndarray.Step(0, ndarray.End, 2))
	fourth := w.Slice(ndarray.All(), ndarray.Step(0, ndarray.End, 4))
	even.Fill(-1) // want "VC1001"
	fmt.Println(ndarray.Sum(fourth))

	// An index the analyzer cannot read comes first, so the range after
	// it is not known to be on the first axis: rows 0-2 of columns 2-3
	// meet rows 0-1, though S(2, 4) and S(0, 2) do not.
	g := ndarray.Arange[float64](12).Reshape(3, 4)
	block := g.Slice(rows(3), ndarray.S(2, 4))
	top := g.Slice(ndarray.S(0, 2))
	block.Fill(0) // want "VC1001"
	fmt.Println(ndarray.Sum(top))
}
