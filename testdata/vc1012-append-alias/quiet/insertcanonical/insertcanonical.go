// Quiet (VC1012): golang/go#32127 done right: the insert is written with
// the result assigned back to s (the extra slot first, then a copy), or
// with slices.Insert assigned back.
package main

import (
	"fmt"
	"slices"
)

func insert(s []int, i, x int) []int {
	s = append(s[:i+1], s[i:]...)
	s[i] = x
	return s
}

func insert2(s []int, i, x int) []int {
	s = slices.Insert(s, i, x)
	return s
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(insert(s, 1, 9), insert2([]int{1, 2}, 0, 7))
}
