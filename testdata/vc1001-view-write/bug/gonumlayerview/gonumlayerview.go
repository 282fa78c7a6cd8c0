// Bug (VC1001): A method on a struct holding a *mat.Dense returns one layer's weights as a
// Slice of it; a what-if experiment halves the returned weights and then
// evaluates the network, which has been halved too: it prints "network: 6
// then 4" instead of "6 then 6".
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// Net keeps the weights of all its layers in one matrix, two rows a layer.
type Net struct {
	w *mat.Dense
}

// Layer returns the weights of layer l, sharing the network's memory.
func (n *Net) Layer(l int) *mat.Dense {
	_, c := n.w.Dims()
	return n.w.Slice(2*l, 2*l+2, 0, c).(*mat.Dense)
}

// Output is the sum of the network's weights times the input.
func (n *Net) Output(x float64) float64 { return mat.Sum(n.w) * x }

func main() {
	net := &Net{w: mat.NewDense(4, 2, []float64{1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5})}
	halved := net.Layer(0)
	before := net.Output(1)
	halved.Scale(0.5, halved) // want "VC1001"
	fmt.Println("network:", before, "then", net.Output(1))
	fmt.Println("what-if:", mat.Sum(halved)+mat.Sum(net.Layer(1)))
}
