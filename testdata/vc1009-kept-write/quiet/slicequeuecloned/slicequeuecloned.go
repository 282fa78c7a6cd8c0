// Correct: adrianbrad/queue#41 done right: the caller hands the queue a
// copy (slices.Clone), so writing its own slice afterwards leaves the
// queue alone: it prints 1.
package main

import (
	"fmt"
	"slices"
)

type Blocking struct {
	elems []int
}

func NewBlocking(elems []int) *Blocking {
	return &Blocking{elems: elems}
}

func (q *Blocking) Peek() int { return q.elems[0] }

func main() {
	s := []int{1, 2, 3}
	q := NewBlocking(slices.Clone(s))
	s[0] = 999
	fmt.Println(q.Peek(), s)
}
