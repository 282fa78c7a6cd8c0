// Package twofields: a layer with two parameter arrays; writing a view of one
// and then reading the other is not a view write that anything observes.
//
// Review: redteam2
package twofields

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

type Dense struct {
	W *nd.Array[float64] // (out, in)
	B *nd.Array[float64] // (out)
}

// FreezeUnit zeroes the incoming weights of unit u, in place.
func (d *Dense) FreezeUnit(u int) {
	w := d.W.Slice(nd.I(u))
	w.Fill(0)
	fmt.Println("bias of frozen unit:", d.B.At(u))
}

// InitRows sets every row of W to a ramp and reports the bias norm.
func (d *Dense) InitRows() float64 {
	for i := 0; i < d.W.Shape()[0]; i++ {
		row := d.W.Slice(nd.I(i))
		for j := 0; j < row.Size(); j++ {
			row.Set(float64(j)/float64(row.Size()), j)
		}
	}
	return nd.Sum(nd.Mul(d.B, d.B))
}
