// Closures that use an array their enclosing function received as a
// parameter. A closure's summary must not describe the captured array by
// its index among the enclosing function's parameters: the closure's own
// parameter at that index is another array. Here a view of the captured
// weights is written, and the closure's argument, a different array, is
// read afterwards: nothing is wrong.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func score(weights, data *ndarray.Array[float64]) float64 {
	// firstOf returns the first element of weights (not of x) as a view.
	firstOf := func(x *ndarray.Array[float64]) *ndarray.Array[float64] {
		_ = x.Size()
		return weights.Slice(ndarray.S(0, 1))
	}
	w0 := firstOf(data)
	w0.Fill(9)
	return ndarray.Sum(data)
}

func main() {
	w := ndarray.Full(1.0, 3)
	fmt.Println(score(w, ndarray.Arange[float64](4)), w)
}
