// Package snapmap: checkpoints stored in a map are views of the training
// weights.
//
// Review: redteam2
package snapmap

import nd "github.com/viewcheck/viewcheck/ndarray"

func Train(w *nd.Array[float64], grad func(*nd.Array[float64]) *nd.Array[float64], epochs int) map[int]*nd.Array[float64] {
	checkpoints := map[int]*nd.Array[float64]{}
	for e := 0; e < epochs; e++ {
		if e%10 == 0 {
			checkpoints[e] = w.View()
		}
		g := grad(w)
		nd.ScaleAssign(g, 0.01)
		nd.SubAssign(w, g) // want "VC1002"
	}
	return checkpoints
}

type History struct {
	Best *nd.Array[float64]
}

func Search(w *nd.Array[float64], score func(*nd.Array[float64]) float64) *History {
	h := &History{}
	bestScore := score(w)
	h.Best = w.View()
	for i := 0; i < 10; i++ {
		nd.ScaleAssign(w, 0.5) // want "VC1002"
		if s := score(w); s > bestScore {
			bestScore = s
			h.Best = w.View()
		}
	}
	return h
}
