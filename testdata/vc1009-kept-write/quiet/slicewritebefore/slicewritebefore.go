// Correct: the slice is written before the queue is built over it, and
// only read afterwards: the queue sees the final values on purpose.
package main

import "fmt"

type Queue struct {
	items []int
}

func NewQueue(items []int) *Queue { return &Queue{items: items} }

func (q *Queue) Peek() int { return q.items[0] }

func main() {
	s := []int{1, 2, 3}
	s[0] = 999
	q := NewQueue(s)
	fmt.Println(q.Peek(), s[1])
}
