// Correct: dedupe sorts its argument and returns a slice of it, the usual
// in-place filter: its callers use what it returns.
package main

import (
	"fmt"
	"slices"
)

func dedupe(xs []int) []int {
	slices.Sort(xs)
	return slices.Compact(xs)
}

func main() {
	xs := []int{3, 1, 3, 2}
	xs = dedupe(xs)
	fmt.Println(xs)
}
