// Correct: A struct holding a *mat.Dense updates one layer's weights in place through a
// Slice of its matrix, in a method that returns nothing and exists to
// change the network; the output read afterwards is meant to see it.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// net keeps the weights of its layers in one matrix, two rows a layer.
type net struct {
	w *mat.Dense
}

// decay scales layer l's weights by f, in place.
func (n *net) decay(l int, f float64) {
	_, c := n.w.Dims()
	layer := n.w.Slice(2*l, 2*l+2, 0, c).(*mat.Dense)
	layer.Scale(f, layer)
}

func (n *net) output(x float64) float64 { return mat.Sum(n.w) * x }

func main() {
	nt := &net{w: mat.NewDense(4, 2, []float64{1, 1, 1, 1, 1, 1, 1, 1})}
	fmt.Println("before:", nt.output(1))
	nt.decay(0, 0.5)
	fmt.Println("after decaying layer 0:", nt.output(1))
}
