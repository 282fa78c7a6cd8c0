// Correct: views with constant bounds carried around a loop still select
// what they selected: the even and odd columns never meet, whatever the
// iteration. Also a row written and read within one iteration.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func evens(m *ndarray.Array[float64]) *ndarray.Array[float64] {
	return m.Slice(ndarray.All(), ndarray.Step(0, ndarray.End, 2))
}

func odds(m *ndarray.Array[float64]) *ndarray.Array[float64] {
	return m.Slice(ndarray.All(), ndarray.Step(1, ndarray.End, 2))
}

func main() {
	m := ndarray.Arange[float64](12).Reshape(2, 6)
	var prev *ndarray.Array[float64]
	for i := 0; i < 3; i++ {
		e := evens(m)
		ndarray.ScaleAssign(e, 2) // quiet: prev holds the odd columns
		if prev != nil {
			fmt.Println(ndarray.Sum(prev))
		}
		prev = odds(m)
	}

	rows := ndarray.Arange[float64](12).Reshape(4, 3)
	var top *ndarray.Array[float64]
	for i := 0; i < 2; i++ {
		bottom := rows.Slice(ndarray.S(2, 4))
		bottom.Fill(float64(i)) // quiet: top is rows 0-1
		if top != nil {
			fmt.Println(ndarray.Sum(top))
		}
		top = rows.Slice(ndarray.S(0, 2))
	}
}
