// Command vc1010-arg-reorder shows VC1010: median sorts the slice it is
// given to find the middle value, so the caller's samples come back sorted.
//
// It prints 5 [1 2 5 8 9] instead of 5 [9 1 5 2 8]. The fix copies the
// parameter first: xs = append(xs[:0:0], xs...).
package main

import (
	"fmt"
	"sort"
)

func median(xs []float64) float64 {
	sort.Float64s(xs) // VC1010: reorders the caller's slice
	return xs[len(xs)/2]
}

func main() {
	samples := []float64{9, 1, 5, 2, 8}
	fmt.Println(median(samples), samples)
}
