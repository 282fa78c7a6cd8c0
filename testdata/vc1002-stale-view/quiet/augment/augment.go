// Package augment flips images of a batch in place, one at a time.
//
// Review: redteam2
package augment

import (
	"math/rand/v2"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func RandomFlip(batch *nd.Array[float32], rng *rand.Rand) {
	for i := 0; i < batch.Shape()[0]; i++ {
		if rng.IntN(2) == 0 {
			continue
		}
		img := batch.Slice(nd.I(i))
		flipped := img.Slice(nd.All(), nd.Step(nd.End, nd.End, -1)).Copy()
		img.Assign(flipped)
	}
}

func Jitter(batch *nd.Array[float32], rng *rand.Rand) float64 {
	for i := 0; i < batch.Shape()[0]; i++ {
		img := batch.Slice(nd.I(i))
		nd.ScaleAssign(img, float32(0.9+0.2*rng.Float64()))
	}
	return nd.Mean(batch)
}
