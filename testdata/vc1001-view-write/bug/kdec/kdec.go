// Bug (VC1001): a cursor k moves back one row between the two helper
// calls, so the head [0, k) taken before and the tail [k-1, end) taken
// after share row k-1. The calls pass "the same k" in the source, but not
// the same value.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func head(m *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	return m.Slice(ndarray.S(0, k))
}

func tail(m *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	return m.Slice(ndarray.S(k, ndarray.End))
}

func main() {
	m := ndarray.Arange[float64](10).Reshape(5, 2)
	k := 3
	h := head(m, k)
	k--
	t := tail(m, k)
	h.Fill(0)                   // want "VC1001"
	fmt.Println(ndarray.Sum(t)) // row 2 was cleared: 30, not 39

	// The same with the cursor in a struct field, moved by a method.
	n := ndarray.Arange[float64](10).Reshape(5, 2)
	c := &cursor{k: 3}
	h2 := head(n, c.k)
	c.back()
	t2 := tail(n, c.k)
	h2.Fill(0)                   // want "VC1001"
	fmt.Println(ndarray.Sum(t2)) // 30, not 39
}

type cursor struct{ k int }

func (c *cursor) back() { c.k-- }
