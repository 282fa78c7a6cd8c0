// Bug (VC1010): a generic minimum that sorts its argument to find it: the
// caller's slice is reordered, whatever its element type. It prints
// [a b c] for the caller's [c b a].
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func minOf[T cmp.Ordered](xs []T) T {
	slices.Sort(xs) // want "VC1010"
	return xs[0]
}

func main() {
	names := []string{"c", "b", "a"}
	fmt.Println(minOf(names), names)
}
