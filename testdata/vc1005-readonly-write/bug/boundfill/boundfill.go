// A method value bound to a read-only view panics when called.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	m := nd.Zeros[int](3, 3)
	reset := m.Diagonal().Fill
	reset(1) // want "VC1005"
}
