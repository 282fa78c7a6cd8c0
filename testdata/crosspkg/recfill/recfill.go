// Package recfill reads fixed-size records into its caller's buffer and
// normalizes weights in place: helpers that write the slice they are
// given, which VC1002 learns about from their facts in the packages that
// call them (vc1002-stale-view/bug/slicecrosspkg).
package recfill

import "io"

// Read fills rec with the next record.
func Read(r io.Reader, rec []byte) error {
	_, err := io.ReadFull(r, rec)
	return err
}

// Normalize scales ws in place so that they sum to 1.
func Normalize(ws []float64) {
	s := Sum(ws)
	if s == 0 {
		return
	}
	scale(ws, 1/s)
}

func scale(ws []float64, k float64) {
	for i := range ws {
		ws[i] *= k
	}
}

// Sum only reads its argument.
func Sum(ws []float64) float64 {
	t := 0.0
	for _, w := range ws {
		t += w
	}
	return t
}
