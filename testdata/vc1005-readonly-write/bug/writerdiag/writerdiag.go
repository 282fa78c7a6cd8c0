// Passing a read-only view to a function that writes through its parameter
// panics inside that function.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func damp(x *ndarray.Array[float64]) {
	ndarray.ScaleAssign(x, 0.5)
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	jac := ndarray.Full(4.0, 3, 3)
	damp(jac.Diagonal()) // want "VC1005"
	fmt.Println(jac)
}
