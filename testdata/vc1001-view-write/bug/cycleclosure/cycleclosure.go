// Recursion through function literals; each result is a view of the
// caller's array on every path, so writing it and reading the array
// afterwards is VC1001.
//
// grid: a recursive literal called through the variable descend, with a
// helper literal that calls it back.
//
// x: top-level functions outer and other that call each other through
// literals called directly (inner, f).
//
// Neither may crash or hang the analyzer.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func outer(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	inner := func(b *ndarray.Array[float64]) *ndarray.Array[float64] {
		return other(b.View(), n-1)
	}
	if n == 0 {
		return a
	}
	return inner(a.Slice(ndarray.S(0, 2)))
}

func other(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	f := func(x *ndarray.Array[float64]) *ndarray.Array[float64] { return outer(x, n) }
	return f(a.Slice(ndarray.All()))
}

func main() {
	grid := ndarray.Arange[float64](16).Reshape(4, 4)
	var descend func(a *ndarray.Array[float64]) *ndarray.Array[float64]
	half := func(a *ndarray.Array[float64]) *ndarray.Array[float64] {
		n := a.Shape()[0] / 2
		return descend(a.Slice(ndarray.S(0, n), ndarray.S(0, n)))
	}
	descend = func(a *ndarray.Array[float64]) *ndarray.Array[float64] {
		if a.Shape()[0] <= 1 {
			return a
		}
		return half(a)
	}
	leaf := descend(grid)
	leaf.Fill(100)                 // want "VC1001"
	fmt.Println(ndarray.Sum(grid)) // 120 - 0 + 100 = 220

	x := ndarray.Arange[float64](4)
	y := outer(x, 3)
	y.Fill(-1)     // want "VC1001"
	fmt.Println(x) // [-1 -1 2 3]
}
