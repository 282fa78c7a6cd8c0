// Package refillwindow keeps a view as a live window onto a buffer that is
// refilled and read after each refill.
//
// Review: redteam2
package refillwindow

import (
	"fmt"
	"io"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

type Reader interface {
	Read(dst []float64) (int, error)
}

func Stream(r Reader, n int) error {
	raw := make([]float64, n)
	buf := nd.Wrap(raw)
	header := buf.Slice(nd.S(0, 8))
	payload := buf.Slice(nd.S(8, nd.End))
	for {
		k, err := r.Read(raw)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		_ = k
		fmt.Println(nd.Sum(header), nd.Max(payload))
	}
}

func Refill(frames [][]float64) float64 {
	buf := nd.Zeros[float64](16)
	window := buf.Slice(nd.S(4, 12))
	total := 0.0
	for _, f := range frames {
		buf.Assign(nd.FromSlice(f))
		total += nd.Sum(window)
	}
	return total
}
