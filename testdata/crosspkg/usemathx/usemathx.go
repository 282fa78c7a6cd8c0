// Package usemathx uses helpers from another package correctly.
//
// Review: redteam2
package usemathx

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/crosspkg/mathx"
)

func ZeroFirstCol(m *nd.Array[float64]) {
	mathx.Col(m, 0).Fill(0)
}

func ColumnNorms(m *nd.Array[float64]) []float64 {
	cols := m.Shape()[1]
	out := make([]float64, cols)
	for j := 0; j < cols; j++ {
		c := mathx.Col(m, j)
		out[j] = mathx.Norm2(c)
	}
	return out
}

func ClampedReport(m *nd.Array[float64]) {
	mathx.Clamp(m, 0, 1)
	fmt.Println(m)
}

func ClampBlocks(m *nd.Array[float64], b int) {
	n := m.Shape()[0] / b
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			blk := mathx.Block(m, i, j, b)
			mathx.Clamp(blk, -1, 1)
		}
	}
	fmt.Println(nd.Sum(m))
}

func BiasAdd(x, bias *nd.Array[float64]) *nd.Array[float64] {
	return nd.Add(x, mathx.Expand(bias, x.Shape()[0]))
}
