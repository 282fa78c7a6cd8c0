// Bug (VC1002): ../loopphi with a helper that returns only the tail: the
// tail kept from the previous step, rows [k-1, end), is a snapshot by its
// name; this step's head [0, k) contains row k-1 and is cleared first.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func tail(m *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	return m.Slice(ndarray.S(k, ndarray.End))
}

func main() {
	n := ndarray.Arange[float64](10).Reshape(5, 2)
	var prevTail *ndarray.Array[float64]
	for k := 1; k < 5; k++ {
		head := n.Slice(ndarray.S(0, k))
		head.Fill(0) // want "VC1002"
		if prevTail != nil {
			fmt.Println(ndarray.Sum(prevTail)) // its first row is now zero
		}
		prevTail = tail(n, k)
	}
}
