// Correct: the array parameter is used as a scratch copy, changed and then
// read to compute the result.
package main

import "fmt"

func sortedMax(xs [3]int) int {
	if xs[0] < xs[1] {
		xs[0], xs[1] = xs[1], xs[0]
	}
	if xs[0] < xs[2] {
		xs[0] = xs[2]
	}
	return xs[0]
}

func main() {
	fmt.Println(sortedMax([3]int{1, 5, 3}))
}
