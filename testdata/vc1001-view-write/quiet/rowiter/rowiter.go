// Package rowiter yields row views from an iterator; callers scale each row in
// place and read the matrix afterwards.
//
// Review: redteam2
package rowiter

import (
	"fmt"
	"iter"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func Rows[T nd.Number](m *nd.Array[T]) iter.Seq2[int, *nd.Array[T]] {
	return func(yield func(int, *nd.Array[T]) bool) {
		for i := 0; i < m.Shape()[0]; i++ {
			if !yield(i, m.Slice(nd.I(i))) {
				return
			}
		}
	}
}

func ScaleRows(m *nd.Array[float64], w []float64) {
	for i, r := range Rows(m) {
		nd.ScaleAssign(r, w[i])
	}
	fmt.Println(m)
}

func CenterRows(m *nd.Array[float64]) float64 {
	for _, r := range Rows(m) {
		mean := nd.Mean(r)
		nd.SubAssign(r, nd.Full(mean, r.Size()))
	}
	return nd.Sum(m)
}
