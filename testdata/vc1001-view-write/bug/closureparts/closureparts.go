// Bug (VC1001): a function literal returns parts of a captured matrix;
// the parts overlap (rows 0-2 and 2-3), and writing one changes the
// other, which is read afterwards.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func process(data *ndarray.Array[float64]) float64 {
	rows := func(lo, hi int) *ndarray.Array[float64] {
		return data.Slice(ndarray.S(lo, hi))
	}
	a := rows(0, 3)
	b := rows(2, 4)
	a.Fill(0)             // want "VC1001"
	return ndarray.Sum(b) // row 2 was cleared: 6, not 11
}

func main() {
	fmt.Println(process(ndarray.Arange[float64](4).Reshape(4, 1)))

	m := ndarray.Arange[float64](4).Reshape(4, 1)
	part := func(other *ndarray.Array[float64], lo, hi int) *ndarray.Array[float64] {
		_ = other
		return m.Slice(ndarray.S(lo, hi))
	}
	z := ndarray.Zeros[float64](4, 1)
	x := part(z, 0, 3)
	y := part(z, 2, 4)
	x.Fill(0)                   // want "VC1001"
	fmt.Println(ndarray.Sum(y)) // 3, not 5
}
