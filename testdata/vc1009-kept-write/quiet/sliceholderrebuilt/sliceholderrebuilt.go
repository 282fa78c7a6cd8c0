// Correct: the queue is rebuilt over other data before it is used again,
// so the write to s does not reach what is read.
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
	q = NewQueue([]int{4, 5})
	fmt.Println(q.Peek(), s)
}
