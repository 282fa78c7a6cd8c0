// Bug (VC1002): An optimiser struct keeps its previous iterate in a field as a SliceVec of
// the current one: converged compares the iterate with itself and reports
// convergence after the first step, printing "stopped after 1 steps at
// [6 6]" instead of running on towards [0 0].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

type optimizer struct {
	x, prev *mat.VecDense
	lr      float64
}

// step moves x against the gradient of |x|², remembering where it was.
func (o *optimizer) step() {
	o.prev = o.x.SliceVec(0, o.x.Len()).(*mat.VecDense)
	o.x.ScaleVec(1-2*o.lr, o.x) // want "VC1002"
}

func (o *optimizer) converged() bool {
	var d mat.VecDense
	d.SubVec(o.x, o.prev)
	return mat.Norm(&d, 2) < 1e-6
}

func main() {
	o := &optimizer{x: mat.NewVecDense(2, []float64{10, 10}), lr: 0.2}
	for i := 1; i <= 100; i++ {
		o.step()
		if o.converged() {
			fmt.Printf("stopped after %d steps at %v\n", i, mat.Formatted(o.x.T()))
			return
		}
	}
	fmt.Println("still running")
}
