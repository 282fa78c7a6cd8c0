// Correct: the function returns a result, but its doc comment says it
// sorts its argument in place: the caller was told.
package main

import (
	"fmt"
	"sort"
)

// distinct sorts names in place and returns how many distinct names it
// holds.
func distinct(names []string) int {
	sort.Strings(names)
	n := 0
	for i := range names {
		if i == 0 || names[i] != names[i-1] {
			n++
		}
	}
	return n
}

func main() {
	names := []string{"b", "a", "b"}
	fmt.Println(distinct(names), names)
}
