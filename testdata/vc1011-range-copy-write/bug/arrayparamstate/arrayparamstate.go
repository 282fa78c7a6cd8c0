// Bug (VC1011): gonum's Dlacn2 shape: a routine keeps its state between
// calls in an array parameter, but arrays are passed by value, so the state
// saved on one call is gone on the next: it prints 1 1 1 instead of 1 2 3.
package main

import "fmt"

func step(state [2]int) int {
	n := state[0] + 1
	state[0] = n // want "VC1011"
	return n
}

func main() {
	var state [2]int
	fmt.Println(step(state), step(state), step(state))
}
