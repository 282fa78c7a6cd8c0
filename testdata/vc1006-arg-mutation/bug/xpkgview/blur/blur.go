// Package blur names parts of images.
//
// Review: redteam
package blur

import nd "github.com/viewcheck/viewcheck/ndarray"

// Row returns row i of m, a view of m.
func Row(m *nd.Array[float64], i int) *nd.Array[float64] { return m.Slice(nd.I(i)) }
