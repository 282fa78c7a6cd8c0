// Bug (VC1010): median sorts the caller's slice to find the middle value.
// The caller prints its samples afterwards and gets them sorted: it prints
// [1 2 3 5 9] instead of [5 1 9 3 2].
package main

import (
	"fmt"
	"sort"
)

func median(xs []float64) float64 {
	sort.Float64s(xs) // want "VC1010"
	return xs[len(xs)/2]
}

func main() {
	samples := []float64{5, 1, 9, 3, 2}
	fmt.Println(median(samples), samples)
}
