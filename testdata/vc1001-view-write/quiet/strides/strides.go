// Quiet: strided selections that never meet, each pair on a signal of its
// own. Every fourth sample from 0 against every fourth from 2; the odd
// positions against position 4; every sixth from 0 against every fourth
// from 3 (0, 6, 12, ... are even, 3, 7, 11, ... odd); and a column range
// that ends before a single column. Each pair is disjoint, so the later read
// sees untouched values.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	sig := ndarray.Arange[float64](24)
	i0 := sig.Slice(ndarray.Step(0, ndarray.End, 4))
	i2 := sig.Slice(ndarray.Step(2, ndarray.End, 4))
	i0.Fill(-1)
	fmt.Println("phase 2:", ndarray.Sum(i2)) // 2+6+...+22 = 72

	sig2 := ndarray.Arange[float64](24)
	odd := sig2.Slice(ndarray.Step(1, ndarray.End, 2))
	four := sig2.Slice(ndarray.I(4))
	odd.Fill(0)
	fmt.Println("sample 4:", four) // 4

	sig3 := ndarray.Arange[float64](24)
	six := sig3.Slice(ndarray.Step(0, ndarray.End, 6))
	fromThree := sig3.Slice(ndarray.Step(3, ndarray.End, 4))
	ndarray.ScaleAssign(six, 100)
	fmt.Println("3 mod 4:", ndarray.Sum(fromThree)) // 3+7+...+23 = 78

	m := ndarray.Arange[float64](12).Reshape(3, 4)
	firstTwo := m.Slice(ndarray.All(), ndarray.S(0, 2))
	last := m.Slice(ndarray.All(), ndarray.I(3))
	firstTwo.Fill(0)
	fmt.Println("column 3:", last) // [3 7 11]
	fmt.Println(ndarray.SharesMemory(i0, i2), ndarray.SharesMemory(six, fromThree), ndarray.SharesMemory(odd, four))
}
