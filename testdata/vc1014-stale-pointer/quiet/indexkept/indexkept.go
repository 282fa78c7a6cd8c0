// Correct: the index is kept instead of a pointer (i := len(s)-1; ...;
// s[i].F = v): the write goes to the slice's current array.
package main

import "fmt"

type frame struct {
	Fn    string
	Calls int
}

func main() {
	stack := []frame{{Fn: "main"}}
	i := len(stack) - 1
	stack = append(stack, frame{Fn: "run"})
	stack[i].Calls++
	fmt.Println(stack)
}
