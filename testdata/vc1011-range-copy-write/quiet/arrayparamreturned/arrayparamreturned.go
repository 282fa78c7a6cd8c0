// Correct: the changed copy is returned, the usual way to update an array
// passed by value.
package main

import "fmt"

func bump(state [2]int) [2]int {
	state[0]++
	return state
}

func main() {
	s := [2]int{}
	s = bump(s)
	s = bump(s)
	fmt.Println(s)
}
