// Bug (VC1012): slices.Insert's contract says capview: its result shares
// the base while capacity lasts, so two inserts into one base with spare
// capacity, both kept, overwrite each other.
package main

import (
	"fmt"
	"slices"
)

func variants(base []string) ([]string, []string) {
	withA := slices.Insert(base, 0, "a")
	withB := slices.Insert(base, 0, "b") // want "VC1012"
	return withA, withB
}

func main() {
	base := make([]string, 2, 6)
	fmt.Println(variants(base))
}
