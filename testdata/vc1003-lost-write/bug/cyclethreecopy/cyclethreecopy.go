// Bug (VC1003): pick, narrow and gather call each other in a cycle that
// passes views around but always ends in Take, a copy. The caller fills
// the result as if it were part of grid and then reads grid: the fill is
// lost. (lw reads its copy afterwards and is quiet.)
//
// Quiet: expand and shrink call each other and always end in new memory
// (a Copy or the result of Add): the caller's writes into their results go
// into arrays of their own, and x is only read.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func pick(a *ndarray.Array[float64], depth int) *ndarray.Array[float64] {
	if depth <= 0 {
		return a.Take([]int{0}, 0)
	}
	return narrow(a.View(), depth)
}

func narrow(a *ndarray.Array[float64], depth int) *ndarray.Array[float64] {
	return gather(a.Slice(ndarray.S(0, ndarray.End)), depth-1)
}

func gather(a *ndarray.Array[float64], depth int) *ndarray.Array[float64] {
	if depth%2 == 1 {
		return pick(a.Transpose().Transpose(), depth-1)
	}
	return pick(a, depth)
}

func main() {
	grid := ndarray.Full(1.0, 3, 3)
	row := pick(grid, 3)
	row.Fill(0)                                                     // want "VC1003"
	fmt.Println(ndarray.Sum(grid), ndarray.SharesMemory(row, grid)) // 9 false

	g2 := ndarray.Full(1.0, 3, 3)
	r2 := gather(g2, 2)
	r2.Fill(0) // want "VC1003"
	fmt.Println(ndarray.Sum(g2))

	g3 := ndarray.Full(1.0, 3, 3)
	lw := narrow(g3, 4)
	lw.Fill(0)
	fmt.Println(lw, g3.Size())

	x := ndarray.Arange[float64](4)
	y := expand(x, 3)
	y.Fill(0)
	z := shrink(x, 2)
	z.Set(9, 0)
	fmt.Println(x, y, z) // x unchanged: [0 1 2 3]
}

func expand(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	if n == 0 {
		return a.Copy()
	}
	return shrink(ndarray.Add(a, a), n-1)
}

func shrink(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	if n%2 == 0 {
		return expand(a.Slice(ndarray.S(0, 2)), n)
	}
	return ndarray.Sub(expand(a, n-1), a)
}
