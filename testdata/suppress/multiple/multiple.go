// One directive may name several checks, comma-separated.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	m := ndarray.Zeros[float64](2, 2)
	top := m.Slice(ndarray.I(0))
	//lint:ignore VC1001,VC1005 both writes below are deliberate in this demo
	top.Fill(1)
	fmt.Println(m)
	//lint:ignore VC1005,VC1001 demonstrating the panic of a read-only view
	m.Diagonal().Fill(2)
}
