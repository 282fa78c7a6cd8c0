// Correct: the constructor copies the caller's slice into storage of its
// own (copy(q.items, items)), so the caller may write its slice: it
// prints 1.
package main

import "fmt"

type Queue struct {
	items []int
}

func NewQueue(items []int) *Queue {
	q := &Queue{items: make([]int, len(items))}
	copy(q.items, items)
	return q
}

func (q *Queue) Peek() int { return q.items[0] }

func main() {
	s := []int{1, 2, 3}
	q := NewQueue(s)
	s[0] = 999
	fmt.Println(q.Peek())
}
