// Package batchstore: views of a reused read buffer are stored in a slice,
// so every stored batch ends up holding the last batch.
//
// Review: redteam2
package batchstore

import nd "github.com/viewcheck/viewcheck/ndarray"

func readInto(dst *nd.Array[float64], rec []float64) {
	dst.Assign(nd.FromSlice(rec))
}

func Collect(records [][]float64, width int) []*nd.Array[float64] {
	buf := nd.Zeros[float64](width)
	var batches []*nd.Array[float64]
	for _, rec := range records {
		readInto(buf, rec) // want "VC1002"
		batches = append(batches, buf.Slice(nd.S(0, width)))
	}
	return batches
}

func ByKey(rows *nd.Array[float64]) map[int]*nd.Array[float64] {
	out := map[int]*nd.Array[float64]{}
	for k := 0; k < 3; k++ {
		out[k] = rows.Slice(nd.I(0))
		rows.Slice(nd.I(0)).Fill(float64(k)) // want "VC1002"
	}
	return out
}
