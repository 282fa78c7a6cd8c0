// Quiet: odd but harmless uses: nil arrays, empty arrays, bool arrays,
// ToSlice results edited as Go slices, Chunks, SharesMemory checks, arrays
// of arrays.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	var none *ndarray.Array[float64]
	fmt.Println(none == nil)

	empty := ndarray.Zeros[int](0)
	empty.Fill(1)
	fmt.Println(empty.Size(), empty)

	flags := ndarray.Full(true, 3)
	flags.Set(false, 1)
	fmt.Println(flags)

	a := ndarray.Arange[int](4)
	vals := a.ToSlice()
	vals[0] = 99 // a Go slice copy: a is not meant to change
	fmt.Println(vals, a)

	for run := range a.Transpose().Chunks() {
		fmt.Println(len(run))
	}

	v := a.Slice(ndarray.S(1, 3))
	fmt.Println(ndarray.SharesMemory(a, v), ndarray.MayShareMemory(a, a.Copy()))

	grid := [2][2]*ndarray.Array[float32]{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = ndarray.Full(float32(i+j), 2)
		}
	}
	grid[1][1].Set(-1, 0)
	fmt.Println(grid[1][1], grid[0][0].Base() == nil, grid[0][0].OwnsData())
}
