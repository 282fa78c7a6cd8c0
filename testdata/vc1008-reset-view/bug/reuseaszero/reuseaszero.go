// Bug (VC1008): gonum/gonum#1085: a 2x2 block of m is Reset and ReuseAs'd
// to be filled afresh. ReuseAs zeroes the 4 elements its reused slice
// starts with, laid out with stride 2: m[1][3] and m[2][0], outside the
// block, are zeroed, and m[2][1], m[2][2], inside it, are not. It prints
// [1 2 3 4; 5 0 0 0; 0 10 11 12; 13 14 15 16] instead of a zeroed block.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(4, 4, nil)
	for i := 0; i < 16; i++ {
		m.Set(i/4, i%4, float64(i+1))
	}
	block := m.Slice(1, 3, 1, 3).(*mat.Dense)
	block.Reset() // want "VC1008"
	block.ReuseAs(2, 2)
	fmt.Println(mat.Formatted(m))
}
