// Correct: a head and a tail cut by helpers at the same k do not meet,
// whatever value k has; after k moves forward, a new tail cut at k is
// read only before anything is written.
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
	k := 2
	k++
	t1 := tail(m, k)
	fmt.Println(ndarray.Sum(t1)) // 30
	h := head(m, k)
	t := tail(m, k)
	h.Fill(0)                   // quiet: t starts at row k
	fmt.Println(ndarray.Sum(t)) // 30
}
