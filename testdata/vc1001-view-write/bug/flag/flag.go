// Bug (VC1001): half returns the first or the second part at k depending
// on a flag. Both calls ask for the front, with different k: rows [0, 3)
// and [0, 2) overlap. (Which part a call gets depends on the flag, so the
// parts cannot be told apart by the helper's bounds.)
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func half(m *ndarray.Array[float64], k int, front bool) *ndarray.Array[float64] {
	if front {
		return m.Slice(ndarray.S(0, k))
	}
	return m.Slice(ndarray.S(k, ndarray.End))
}

func pick(m *ndarray.Array[float64], k int, front bool) *ndarray.Array[float64] {
	v := m.Slice(ndarray.S(k, ndarray.End))
	if front {
		v = m.Slice(ndarray.S(0, k))
	}
	return v
}

func main() {
	m := ndarray.Arange[float64](8).Reshape(4, 2)
	a := half(m, 3, true)
	b := half(m, 3, false)
	a.Fill(0) // quiet or not: a and b are apart, the analyzer cannot know
	fmt.Println(ndarray.Sum(b))

	n := ndarray.Arange[float64](8).Reshape(4, 2)
	c := pick(n, 2, true)
	d := pick(n, 3, false)
	d2 := pick(n, 1, false)
	c.Fill(0)                    // want "VC1001"
	fmt.Println(ndarray.Sum(d))  // 13
	fmt.Println(ndarray.Sum(d2)) // row 1 cleared
}
