// Quiet (VC1012): a base made with make([]T, n) has no spare capacity:
// both appends copy, so the two rows are independent.
package main

import "fmt"

func rows(n int) ([]int, []int) {
	base := make([]int, n)
	withOne := append(base, 1)
	withTwo := append(base, 2)
	return withOne, withTwo
}

func main() { fmt.Println(rows(2)) }
