// Bug (VC1002): the writes are in another package (crosspkg/recfill, known
// from its facts): every record read into the one buffer overwrites the
// records stored before, and every round's normalization rewrites the
// weights already kept.
package slicecrosspkg

import (
	"io"

	"viewcheck.test/crosspkg/recfill"
)

func Records(r io.Reader, size int) [][]byte {
	var out [][]byte
	rec := make([]byte, size)
	for recfill.Read(r, rec) == nil {
		out = append(out, rec) // want `"rec" is stored in out without a copy, and rec's backing array is written again afterwards \(recfill.Read\(r, rec\).*VC1002`
	}
	return out
}

func History(ws []float64, rounds int, update func([]float64)) [][]float64 {
	var hist [][]float64
	for i := 0; i < rounds; i++ {
		update(ws)
		recfill.Normalize(ws)
		hist = append(hist, ws) // want `"ws" is stored in hist without a copy.*VC1002`
	}
	return hist
}
