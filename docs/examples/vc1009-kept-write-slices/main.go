// Command vc1009-kept-write-slices shows VC1009 on plain Go slices: a queue
// built from the caller's slice keeps that slice instead of copying it
// (adrianbrad/queue#41), so the caller's later write changes the queue.
//
// It prints 999 instead of 1. The fix hands the constructor a copy.
package main

import "fmt"

// Queue is a first-in, first-out queue of ints.
type Queue struct {
	items []int
}

// NewQueue returns a queue holding items, first item first.
func NewQueue(items []int) *Queue {
	return &Queue{items: items}
}

// Peek returns the first item.
func (q *Queue) Peek() int { return q.items[0] }

func main() {
	items := []int{1, 2, 3}
	q := NewQueue(items)
	items[0] = 999 // VC1009: q keeps items, so this changes q's first item
	fmt.Println(q.Peek())
}
