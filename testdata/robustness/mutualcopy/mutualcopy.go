// Mutually recursive helpers that end in a copy (Take): a write into their
// result never reaches the caller's array. Each helper's summary depends on
// the other's, so both must be found from an optimistic start, and the one
// analyzed second must not keep what it saw of the first mid-way.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// even picks the first rows of a after k alternating steps.
func even(a *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	if k == 0 {
		return a.Take([]int{0, 1}, 0)
	}
	return odd(a, k-1)
}

// odd is even's partner.
func odd(a *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	return even(a.View(), k-1)
}

func main() {
	m := ndarray.Full(1.0, 3, 2)
	top := even(m, 4)
	top.Fill(0) // want "VC1003"
	fmt.Println(m)

	n := ndarray.Full(1.0, 3, 2)
	rows := odd(n, 3)
	rows.Fill(0) // want "VC1003"
	fmt.Println(n)

	// Quiet: the copy itself is what is read.
	q := ndarray.Full(1.0, 3, 2)
	head := odd(q, 1)
	head.Fill(0)
	fmt.Println(head, q.Size())
}
