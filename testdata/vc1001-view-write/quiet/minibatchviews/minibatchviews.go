// Package minibatchviews splits a dataset into minibatch views; the dataset is never
// changed while the batches are used.
//
// Review: redteam2
package minibatchviews

import nd "github.com/viewcheck/viewcheck/ndarray"

func Split(data *nd.Array[float32], size int) []*nd.Array[float32] {
	n := data.Shape()[0]
	var out []*nd.Array[float32]
	for lo := 0; lo < n; lo += size {
		hi := min(lo+size, n)
		batch := data.Slice(nd.S(lo, hi))
		out = append(out, batch)
	}
	return out
}

func MeanOfBatchMeans(data *nd.Array[float32]) float64 {
	bs := Split(data, 32)
	total := 0.0
	for _, b := range bs {
		total += nd.Mean(b)
	}
	return total / float64(len(bs))
}

func Epoch(data *nd.Array[float32], fn func(*nd.Array[float32])) {
	all := Split(data, 16)
	for _, b := range all {
		fn(b)
	}
	_ = nd.Sum(data)
}
