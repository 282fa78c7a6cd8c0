// Correct: the queue is used for the last time before the caller reuses
// its slice: nothing reads the queue after the write.
package main

import "fmt"

type Queue struct {
	items []int
}

func NewQueue(items []int) *Queue { return &Queue{items: items} }

func (q *Queue) Peek() int { return q.items[0] }

func main() {
	s := []int{1, 2, 3}
	q := NewQueue(s)
	fmt.Println(q.Peek())
	s[0] = 999
	fmt.Println(s)
}
