// Correct: the caller gives its variable new backing (make) after building
// the queue, so the write lands in the new array, not in the queue's.
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
	s = make([]int, 3)
	s[0] = 999
	fmt.Println(q.Peek(), s)
}
