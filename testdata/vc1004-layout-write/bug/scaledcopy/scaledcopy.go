// withBias flattens its input, sets a bias term and returns the total of
// the flattened values and of the input: whether the bias also lands in m
// depends on m's layout, so the two calls print different results.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func withBias(m *ndarray.Array[float64]) (float64, float64) {
	flat := m.Reshape(-1)
	flat.Set(10, 0) // want "VC1004"
	return ndarray.Sum(flat), ndarray.Sum(m)
}

func main() {
	fmt.Println(withBias(ndarray.Full(1.0, 2, 3)))
	fmt.Println(withBias(ndarray.Full(1.0, 3, 2).Transpose()))
}
