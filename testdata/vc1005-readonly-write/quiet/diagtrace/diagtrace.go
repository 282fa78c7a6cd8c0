// Quiet: reading a diagonal (a trace, a max) through the read-only view.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func trace[T nd.Number](m *nd.Array[T]) T { return nd.Sum(m.Diagonal()) }

func main() {
	m := nd.Arange[float64](16).Reshape(4, 4)
	upper := m.Diagonal(1)
	fmt.Println(trace(m), nd.Max(upper), upper.Writable())
}
