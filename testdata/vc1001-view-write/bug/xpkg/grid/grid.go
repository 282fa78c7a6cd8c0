// Package grid names rows and columns of 2-D fields.
//
// Review: redteam
package grid

import nd "github.com/viewcheck/viewcheck/ndarray"

// Row returns row i of m; it shares m's memory.
func Row[T nd.Elem](m *nd.Array[T], i int) *nd.Array[T] { return m.Slice(nd.I(i)) }

// Col returns column j of m; it shares m's memory.
func Col(m *nd.Array[float64], j int) *nd.Array[float64] {
	return m.Slice(nd.All(), nd.I(j))
}
