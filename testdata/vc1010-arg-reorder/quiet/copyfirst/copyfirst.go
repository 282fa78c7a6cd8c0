// Correct: median copies its argument before sorting, so the caller's
// samples keep their order.
package main

import (
	"fmt"
	"slices"
	"sort"
)

func median(xs []float64) float64 {
	xs = slices.Clone(xs)
	sort.Float64s(xs)
	return xs[len(xs)/2]
}

func main() {
	samples := []float64{5, 1, 9}
	fmt.Println(median(samples), samples)
}
