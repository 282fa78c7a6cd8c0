// Bug (VC1004): Grow returns a view of the receiver while its capacity lasts and new
// memory otherwise: whether this Set reaches m depends on m's capacity.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	g := m.Grow(1, 1).(*mat.Dense)
	g.Set(0, 0, 100) // want "VC1004"
	fmt.Println(mat.Formatted(m), mat.Formatted(g))
}
