// Bug (VC1014): the append is in a helper that takes a pointer to the
// slice (push(&stack, ...)): its fact says it appends to *ps, so the
// caller's stack may move while top still points into the old array. It
// prints [{root 0} {leaf 0}] instead of root with depth 1.
package main

import "fmt"

type frame struct {
	Name  string
	Depth int
}

func push(ps *[]frame, f frame) { *ps = append(*ps, f) }

func main() {
	stack := []frame{{Name: "root"}}
	top := &stack[len(stack)-1]
	push(&stack, frame{Name: "leaf"})
	top.Depth++ // want "VC1014"
	fmt.Println(stack)
}
