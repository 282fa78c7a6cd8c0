// setTrace writes through Diagonal in generic code: a certain panic for
// every instantiation.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// Celsius is a temperature.
type Celsius float64

func setTrace[T ndarray.Number](m *ndarray.Array[T], v T) {
	d := m.Diagonal()
	d.Fill(v) // want "VC1005"
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	setTrace(ndarray.Zeros[Celsius](2, 2), 21.5)
}
