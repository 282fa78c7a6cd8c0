// Package layoutprecise: a Reshape of a slice of a parameter has a layout
// that depends on the caller.
//
// Review: redteam2
package layoutprecise

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func ParamRowsFlat(m *nd.Array[float64]) {
	top := m.Slice(nd.S(0, 2))
	flat := top.Reshape(-1)
	flat.Fill(1) // want "VC1004"
	fmt.Println(m)
}
