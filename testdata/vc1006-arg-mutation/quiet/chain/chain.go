// Quiet: a chain of fluent in-place operations on one array; every function
// returns its argument.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func offset(x *nd.Array[float64], d float64) *nd.Array[float64] {
	nd.AddAssign(x, nd.Full(d, 1))
	return x
}

func scale(x *nd.Array[float64], c float64) *nd.Array[float64] {
	nd.ScaleAssign(x, c)
	return x
}

func main() {
	x := nd.Arange[float64](4)
	y := scale(offset(x, 1), 2)
	fmt.Println(y, x, y == x)
}
