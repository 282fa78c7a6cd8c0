// Bug (VC1007): Adding a shifted block of a matrix into another block of it: the two
// blocks overlap, and Add panics with "mat: bad region: overlap".
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(4, 4, nil)
	for i := 0; i < 16; i++ {
		m.Set(i/4, i%4, float64(i))
	}
	top := m.Slice(0, 3, 0, 3).(*mat.Dense)
	shifted := m.Slice(1, 4, 1, 4)
	top.Add(top, shifted) // want "VC1007"
	fmt.Println(mat.Formatted(m))
}
