// Bug (VC1014): the whole element is replaced through the pointer (*p = v)
// after an append may have moved the slice: it prints [1 2 9] instead of
// [5 2 9].
package main

import "fmt"

func main() {
	xs := make([]int, 2)
	xs[0], xs[1] = 1, 2
	var p = &xs[0]
	xs = append(xs, 9)
	*p = 5 // want "VC1014"
	fmt.Println(xs)
}
