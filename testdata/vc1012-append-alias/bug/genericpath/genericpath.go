// Bug (VC1012): a generic With helper returns append(s, x) of its
// parameter; two results of With on one base with spare capacity share
// it, so the first one's last element is overwritten: it prints [1 2 4]
// [1 2 4].
package main

import "fmt"

// With returns s with x added.
func With[T any](s []T, x T) []T {
	return append(s, x)
}

func main() {
	base := make([]int, 2, 4)
	base[0], base[1] = 1, 2
	a := With(base, 3)
	b := With(base, 4) // want "VC1012"
	fmt.Println(a, b)
}
