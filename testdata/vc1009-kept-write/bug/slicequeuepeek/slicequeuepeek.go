// Bug (VC1009): adrianbrad/queue#41: NewBlocking keeps the caller's slice as
// the queue's storage, so the caller's later write changes the queue: it
// prints 999 instead of 1.
package main

import "fmt"

type Blocking struct {
	elems []int
}

func NewBlocking(elems []int) *Blocking {
	return &Blocking{elems: elems}
}

func (q *Blocking) Peek() int { return q.elems[0] }

func main() {
	s := []int{1, 2, 3}
	q := NewBlocking(s)
	s[0] = 999 // want "VC1009"
	fmt.Println(q.Peek())
}
