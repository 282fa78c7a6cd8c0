// Bug (VC1010): countValid drops the invalid entries with slices.DeleteFunc
// to count the rest, which shifts the caller's elements and zeroes its
// tail: it prints [1 3 0 0] instead of [1 -1 3 -2].
package main

import (
	"fmt"
	"slices"
)

func countValid(xs []int) int {
	return len(slices.DeleteFunc(xs, func(x int) bool { return x < 0 })) // want "VC1010"
}

func main() {
	xs := []int{1, -1, 3, -2}
	fmt.Println(countValid(xs), xs)
}
