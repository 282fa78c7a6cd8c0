// Package sortutil is a helper library whose Unique sorts its argument in
// place and returns how many distinct values it holds; its summary (a fact)
// tells callers in other packages that it reorders that argument.
package sortutil

import "sort"

// Unique returns the number of distinct values in xs. It sorts xs.
func Unique(xs []int) int {
	sort.Ints(xs)
	n := 0
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			n++
		}
	}
	return n
}
