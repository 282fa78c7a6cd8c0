// Correct: the setter stores slices.Clone of its argument, so the caller's
// later sort does not reorder the list: it prints [3 1 2].
package main

import (
	"fmt"
	"slices"
)

type List struct {
	vals []int
}

func (l *List) Set(vals []int) { l.vals = slices.Clone(vals) }

func main() {
	vals := []int{3, 1, 2}
	var l List
	l.Set(vals)
	slices.Sort(vals)
	fmt.Println(l.vals)
}
