// Bug (VC1006): A fitted scaler's Transform returns the scaled data, but scales the rows
// of its argument in place to do it: the caller's raw test set is scaled
// too, and the raw value it prints afterwards is 0.5 instead of 5.
package main

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

type scaler struct {
	scale []float64 // per feature
}

// fit learns each feature's largest absolute value.
func fit(x *mat.Dense) *scaler {
	_, c := x.Dims()
	s := &scaler{scale: make([]float64, c)}
	for j := 0; j < c; j++ {
		s.scale[j] = mat.Norm(x.ColView(j), math.Inf(1))
	}
	return s
}

// transform returns x with each feature divided by its scale.
func (s *scaler) transform(x *mat.Dense) *mat.Dense {
	r, _ := x.Dims()
	for i := 0; i < r; i++ {
		row := x.RowView(i).(*mat.VecDense)
		for j, sc := range s.scale {
			row.SetVec(j, row.AtVec(j)/sc) // want "VC1006"
		}
	}
	return mat.DenseCopyOf(x)
}

func main() {
	train := mat.NewDense(2, 2, []float64{10, 1, 5, 2})
	test := mat.NewDense(1, 2, []float64{5, 1})
	s := fit(train)
	scaled := s.transform(test)
	fmt.Printf("scaled: %v\nraw test value: %v\n", mat.Formatted(scaled), test.At(0, 0))
}
