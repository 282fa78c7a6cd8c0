// Package viewofreadonly: views of read-only views are read-only too.
//
// Review: redteam2
package viewofreadonly

import nd "github.com/viewcheck/viewcheck/ndarray"

func Grid(row *nd.Array[float64], n int) *nd.Array[float64] {
	g := row.BroadcastTo(n, row.Size())
	first := g.Slice(nd.I(0))
	first.Set(-1, 0) // want "VC1005"
	return g
}

func Trace(m *nd.Array[float64]) float64 {
	d := m.Diagonal()
	dd := d.Slice(nd.S(0, 2))
	nd.ScaleAssign(dd, 2) // want "VC1005"
	return nd.Sum(d)
}
