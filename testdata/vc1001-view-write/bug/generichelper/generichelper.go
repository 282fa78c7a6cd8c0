// Package generichelper: view writes in generic code, and across a user helper
// that returns a view.
//
// Review: redteam2
package generichelper

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/crosspkg/mathx"
)

func Peek[T nd.Number](a *nd.Array[T]) T {
	tail := a.Slice(nd.S(-2, nd.End))
	tail.Fill(0) // want "VC1001"
	return nd.Sum(a)
}

func ColReport(m *nd.Array[float64]) {
	c := mathx.Col(m, 1)
	nd.ScaleAssign(c, 100) // want "VC1001"
	fmt.Println(m)
}

func lastRow[T nd.Number](m *nd.Array[T]) *nd.Array[T] {
	return m.Slice(nd.I(m.Shape()[0] - 1))
}

func Summary(m *nd.Array[int]) int {
	r := lastRow(m)
	r.Set(-1, 0) // want "VC1001"
	return nd.Sum(m)
}
