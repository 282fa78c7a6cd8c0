// Correct: made with capacity n and appended once per round of a loop of n
// rounds: the slice never moves, so the pointer to the first element, taken
// in the first round, stays valid after the loop.
package main

import "fmt"

type sample struct {
	V    int
	Base bool
}

func collect(n int) []sample {
	out := make([]sample, 0, n)
	var first *sample
	for i := 0; i < n; i++ {
		out = append(out, sample{V: i})
		if first == nil {
			first = &out[0]
		}
	}
	if first != nil {
		first.Base = true
	}
	return out
}

func main() { fmt.Println(collect(3)) }
