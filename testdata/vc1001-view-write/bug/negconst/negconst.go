// Bug (VC1001): helpers with negative constant bounds. last2 is the last
// two rows, first2 the first two: on a matrix of three rows they share row
// 1. And a row picked with a negative index is a row picked by another.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func first2(m *ndarray.Array[float64]) *ndarray.Array[float64] { return m.Slice(ndarray.S(0, 2)) }

func last2(m *ndarray.Array[float64]) *ndarray.Array[float64] {
	return m.Slice(ndarray.S(-2, ndarray.End))
}

func row(m *ndarray.Array[float64], i int) *ndarray.Array[float64] { return m.Slice(ndarray.I(i)) }

func every2(m *ndarray.Array[float64], start int) *ndarray.Array[float64] {
	return m.Slice(ndarray.Step(start, ndarray.End, 2))
}

func main() {
	m := ndarray.Arange[float64](6).Reshape(3, 2)
	f := first2(m)
	l := last2(m)
	f.Fill(0)                   // want "VC1001"
	fmt.Println(ndarray.Sum(l)) // 4, not 9

	n := ndarray.Arange[float64](6).Reshape(3, 2)
	r := row(n, -1)
	s := row(n, 2)
	r.Fill(0)                   // want "VC1001"
	fmt.Println(ndarray.Sum(s)) // 0, not 9

	p := ndarray.Arange[float64](5)
	ev := every2(p, 0)
	od := every2(p, -1)          // position 4: even
	ev.Fill(0)                   // want "VC1001"
	fmt.Println(ndarray.Sum(od)) // 0, not 4
}
