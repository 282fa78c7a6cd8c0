// Bug (VC1010): samber/lo#160's shape: lastN reverses its argument in place
// to take the last n, and returns a count. The caller's slice comes back
// reversed: it prints [5 4 3 2 1].
package main

import (
	"fmt"
	"slices"
)

func lastN(xs []int, n int) int {
	slices.Reverse(xs) // want "VC1010"
	sum := 0
	for _, x := range xs[:n] {
		sum += x
	}
	return sum
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(lastN(xs, 2), xs)
}
