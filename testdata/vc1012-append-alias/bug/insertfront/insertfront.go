// Bug (VC1012): golang/go#32127 (user code): insert written as
// front := s[:i]; t := append(front, x); s = append(t, rear...): the
// first append overwrites rear[0], so the element after the insertion
// point is lost: it prints [1 2 9 9 4] instead of [1 2 9 3 4].
package main

import "fmt"

func insert(s []int, i, x int) []int {
	front := s[:i]
	rear := s[i:]
	t := append(front, x) // want "VC1012"
	s = append(t, rear...)
	return s
}

func main() {
	s := make([]int, 4, 8)
	copy(s, []int{1, 2, 3, 4})
	fmt.Println(insert(s, 2, 9))
}
