// Package readhelper names a view, passes it to a helper that only reads it,
// and then changes the base: the view is not a snapshot.
//
// Review: redteam2
package readhelper

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func total(x *nd.Array[float64]) float64 { return nd.Sum(x) }

func Report(m *nd.Array[float64]) {
	first := m.Slice(nd.I(0))
	t := total(first)
	m.Fill(0)
	fmt.Println(t, m)
}

func Peak(m *nd.Array[float64]) float64 {
	col := m.Slice(nd.All(), nd.I(1))
	hi := nd.Max(col)
	m.Set(hi, 0, 0)
	return hi
}
