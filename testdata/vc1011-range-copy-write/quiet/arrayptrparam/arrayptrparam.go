// Correct: the state is passed as a pointer to an array, so the writes
// land in the caller's.
package main

import "fmt"

func step(state *[2]int) int {
	state[0]++
	return state[0]
}

func main() {
	var state [2]int
	fmt.Println(step(&state), step(&state))
}
