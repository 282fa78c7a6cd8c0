// Bug (VC1009): a generic series built per round over the same weights,
// and Normalize (through its helper scale) divides them in place: every
// round starts from the previous round's normalized weights, so the first
// weight printed drifts (0.75, 1, 1.17) instead of 0.75 each round.
package main

import "fmt"

type Series[T ~float64] struct {
	xs []T
}

func Of[T ~float64](xs []T) Series[T] { return Series[T]{xs: xs} }

func (s Series[T]) scale(f T) {
	for i := range s.xs {
		s.xs[i] *= f
	}
}

// Normalize scales s so that it sums to 1.
func (s Series[T]) Normalize() {
	var t T
	for _, x := range s.xs {
		t += x
	}
	s.scale(1 / t)
}

func main() {
	weights := []float64{1, 3}
	for round := 0; round < 3; round++ {
		w := Of(weights)
		w.Normalize() // want "VC1009"
		w.xs[0] += 0.5
		fmt.Println(w.xs[0])
	}
}
