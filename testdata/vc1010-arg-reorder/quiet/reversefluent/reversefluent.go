// Correct for VC1010: samber/lo#160's Reverse after the fix was documented:
// a generic helper that reverses its argument and returns it, so callers
// use what it returns (a fluent helper, the way slices.Compact works).
package main

import (
	"fmt"
	"slices"
)

func reverse[T any](xs []T) []T {
	slices.Reverse(xs)
	return xs
}

func main() {
	xs := reverse([]int{1, 2, 3})
	fmt.Println(xs)
}
