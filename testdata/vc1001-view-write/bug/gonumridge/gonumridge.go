// Bug (VC1001): Ridge regression adds λ to the diagonal of XᵀX through DiagView to solve
// the regularised system, and then reports the trace of the unregularised
// XᵀX from the same matrix: DiagView shares its memory, so the trace prints
// 22 instead of 2.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	x := mat.NewDense(3, 2, []float64{1, 0, 0, 1, 0, 0})
	var xtx mat.Dense
	xtx.Mul(x.T(), x)
	lambda := 10.0
	d := xtx.DiagView().(*mat.DiagDense)
	for i := 0; i < 2; i++ {
		d.SetDiag(i, d.At(i, i)+lambda) // want "VC1001"
	}
	fmt.Println("trace of XᵀX:", mat.Trace(&xtx))
}
