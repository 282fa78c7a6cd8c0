// Correct: A caller's slice wrapped in a VecDense so that mat can write the result
// into it, then read as the slice (gonum's own stat/distmv does this).
// Correct: writing the slice is the point of wrapping it.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func scaleInto(dst, src []float64, c float64) []float64 {
	d := mat.NewVecDense(len(dst), dst)
	d.ScaleVec(c, mat.NewVecDense(len(src), src))
	for i := range dst {
		dst[i] += 1
	}
	return dst
}

func main() {
	fmt.Println(scaleInto(make([]float64, 2), []float64{1, 2}, 3))
}
