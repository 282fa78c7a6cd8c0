// A write through an unnamed read-only view panics just the same.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func regularize(cov *nd.Array[float64], lambda float64) {
	nd.AddAssign(cov.Diagonal(), nd.Full(lambda, 1)) // want "VC1005"
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	cov := nd.FromSlice([]float64{2, 1, 1, 2}, 2, 2)
	regularize(cov, 0.1)
	fmt.Println(cov)
}
