// Bug (VC1001), four times: negative indices and steps count from the end.
// I(-1) of a 3-row matrix is row 2; S(-2, End) of 5 samples is samples 3-4;
// Step(End, End, -2) of 6 samples is 5, 3, 1, the odd positions; Step(4,
// End, -1) is 4..0, which meets S(3, 6) at 3 and 4. Each meets the slice
// read afterwards, though their constants differ (-1 against 2, -2 against
// 3; read as a forward progression from 0, the backward step would look
// like the even positions).
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Arange[float64](6).Reshape(3, 2)
	last := m.Slice(ndarray.I(-1))
	third := m.Slice(ndarray.I(2))
	last.Fill(0)                 // want "VC1001"
	fmt.Println("row 2:", third) // [0 0], not [4 5]

	s := ndarray.Arange[float64](5)
	tail := s.Slice(ndarray.S(-2, ndarray.End))
	mid := s.Slice(ndarray.S(3, 5))
	tail.Fill(-1)             // want "VC1001"
	fmt.Println("3..5:", mid) // [-1 -1]

	a := ndarray.Arange[float64](6)
	back := a.Slice(ndarray.Step(ndarray.End, ndarray.End, -2))
	odd := a.Slice(ndarray.Step(1, ndarray.End, 2))
	back.Fill(0)             // want "VC1001"
	fmt.Println("odd:", odd) // [0 0 0]

	b := ndarray.Arange[float64](6)
	rev := b.Slice(ndarray.Step(4, ndarray.End, -1))
	upper := b.Slice(ndarray.S(3, 6))
	ndarray.ScaleAssign(rev, 10) // want "VC1001"
	fmt.Println("upper:", upper) // [30 40 5]
	fmt.Println(ndarray.SharesMemory(last, third), ndarray.SharesMemory(tail, mid), ndarray.SharesMemory(back, odd))
}
