// Bug (VC1001): gonum/gonum#1202: a view's RawMatrix().Data used as if it were a fresh
// backing slice. The block's Data starts at its first element and runs on
// to its last one through the parent's rows (stride 4, length 6, not 4),
// so doubling every element of it doubles m[0][2] and m[0][3] too: row 0
// of m prints [2 4 6 8] instead of [2 4 3 4].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(3, 4, []float64{
		1, 2, 3, 4,
		5, 6, 7, 8,
		9, 10, 11, 12,
	})
	block := m.Slice(0, 2, 0, 2).(*mat.Dense)
	data := block.RawMatrix().Data
	for i := range data {
		data[i] *= 2 // want "VC1001"
	}
	fmt.Printf("block:\n%v\nm:\n%v\n", mat.Formatted(block), mat.Formatted(m))
}
