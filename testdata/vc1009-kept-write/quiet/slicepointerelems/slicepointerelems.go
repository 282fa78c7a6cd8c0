// Correct: the slice holds pointers; writing a field through an element
// changes the shared item, which is the point (a copy of the slice would
// share the items too), and does not change the slice itself.
package main

import "fmt"

type Item struct {
	Count int
}

type Queue struct {
	items []*Item
}

func NewQueue(items []*Item) *Queue { return &Queue{items: items} }

func (q *Queue) Peek() *Item { return q.items[0] }

func main() {
	s := []*Item{{Count: 1}}
	q := NewQueue(s)
	s[0].Count = 5
	fmt.Println(q.Peek().Count)
}
