// Package clearshape clears rows and reports shapes.
//
// Review: redteam
package clearshape

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// ClearFirst clears the first row of m (on purpose) and logs m's shape.
func ClearFirst(m *nd.Array[float64]) {
	first := m.Slice(nd.I(0))
	first.Fill(0)
	fmt.Println("cleared first row of a", m.Shape(), "array with", m.Size(), "elements")
}
