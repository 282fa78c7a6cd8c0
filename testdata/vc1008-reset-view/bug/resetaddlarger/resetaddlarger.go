// Bug (VC1008): gonum/matrix#73, as reported: a 1x1 view of a is Reset and
// reused as the receiver of a 3x3 sum. The reused slice starts at a[1][1]
// and runs on through a, so the sum is laid out over a from there: it
// prints a with rows 1 to 3 overwritten ([5 2 4 6], [8 10 12 14], [16 18 15 15])
// instead of a unchanged outside the view.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	a := mat.NewDense(4, 4, []float64{
		1, 2, 3, 4,
		5, 6, 7, 8,
		9, 10, 11, 12,
		13, 14, 15, 15,
	})
	v := a.Slice(1, 2, 1, 2).(*mat.Dense)
	v.Reset() // want "VC1008"
	b := mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	v.Add(b, b)
	fmt.Println(mat.Formatted(a))
}
