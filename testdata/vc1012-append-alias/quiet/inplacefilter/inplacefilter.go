// Quiet (VC1012): the in-place filter out := s[:0] ... s = out reuses
// s's array on purpose: each kept element is written at or before the
// one being read.
package main

import "fmt"

func evens(s []int) []int {
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	s = out
	return s
}

func main() { fmt.Println(evens([]int{1, 2, 3, 4, 6})) }
