// Package slicecrosspkgok calls the helpers of crosspkg/recfill with a
// fresh buffer each time, or ones that only read.
package slicecrosspkgok

import (
	"io"

	"viewcheck.test/crosspkg/recfill"
)

func Records(r io.Reader, size int) [][]byte {
	var out [][]byte
	for {
		rec := make([]byte, size)
		if recfill.Read(r, rec) != nil {
			return out
		}
		out = append(out, rec)
	}
}

func Totals(ws []float64, rounds int, update func([]float64)) ([][]float64, []float64) {
	var hist [][]float64
	var sums []float64
	for i := 0; i < rounds; i++ {
		sums = append(sums, recfill.Sum(ws))
		hist = append(hist, ws)
	}
	return hist, sums
}
