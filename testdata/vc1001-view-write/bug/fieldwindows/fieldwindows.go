// Bug (VC1001): a sequence data set keeps inputs and targets as two
// shifted windows of one buffer (targets are the inputs one step later).
// The methods return rows of one field or the other; input rows [k, n-1)
// and target rows [0, k) look disjoint by their bounds, but target row k-1
// is buffer row k, which is input row k. Clearing the inputs from k on
// clears a target the sum then reads.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

type dataset struct {
	inputs, targets *ndarray.Array[float64]
}

func newDataset(buf *ndarray.Array[float64]) *dataset {
	n := buf.Shape()[0]
	return &dataset{inputs: buf.Slice(ndarray.S(0, n-1)), targets: buf.Slice(ndarray.S(1, n))}
}

// inputRows returns input rows [lo, hi).
func (d *dataset) inputRows(lo, hi int) *ndarray.Array[float64] {
	return d.inputs.Slice(ndarray.S(lo, hi))
}

// targetRows returns target rows [lo, hi).
func (d *dataset) targetRows(lo, hi int) *ndarray.Array[float64] {
	return d.targets.Slice(ndarray.S(lo, hi))
}

func main() {
	buf := ndarray.Arange[float64](6).Reshape(6, 1)
	ds := &dataset{inputs: buf.Slice(ndarray.S(0, 5)), targets: buf.Slice(ndarray.S(1, 6))}
	k := 3
	later := ds.inputRows(k, ndarray.End)
	seen := ds.targetRows(0, k)
	later.Fill(0)                  // want "VC1001"
	fmt.Println(ndarray.Sum(seen)) // 3 (1+2+0), not 6

	ds2 := newDataset(ndarray.Arange[float64](6).Reshape(6, 1))
	later2 := ds2.inputRows(2, 5)
	seen2 := ds2.targetRows(0, 2)
	later2.Fill(0)                  // want "VC1001"
	fmt.Println(ndarray.Sum(seen2)) // 1 (1+0), not 3
}
