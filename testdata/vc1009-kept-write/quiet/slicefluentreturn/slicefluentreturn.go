// Correct: normalize returns its own parameter (the same slice, not a
// value that keeps it): the caller knows t and s are one slice and writes
// through either on purpose.
package main

import "fmt"

func normalize(s []float64) []float64 {
	var max float64
	for _, x := range s {
		if x > max {
			max = x
		}
	}
	for i := range s {
		s[i] /= max
	}
	return s
}

func main() {
	s := []float64{1, 2, 4}
	t := normalize(s)
	s[0] = 0
	fmt.Println(t, s)
}
