// Bug (VC1009): the constructor builds the stack in a local and sets its
// field to the caller's slice; the caller then sorts the slice, which
// reorders the stack: it prints 5 instead of 3.
package main

import (
	"fmt"
	"sort"
)

type Stack struct {
	items []int
}

func NewStack(items []int) *Stack {
	st := &Stack{}
	st.items = items
	return st
}

func (st *Stack) Top() int { return st.items[len(st.items)-1] }

func main() {
	pushed := []int{2, 5, 3}
	st := NewStack(pushed)
	sort.Ints(pushed) // want "VC1009"
	fmt.Println(st.Top())
}
