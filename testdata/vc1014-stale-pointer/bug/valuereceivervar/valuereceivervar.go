// Bug (VC1014): the queue is a local value whose pointer method enqueue
// appends to q.items (the call takes &q): the pointer to the head, taken
// before, may point into the old array. It prints [{a false} {b false}].
package main

import "fmt"

type msg struct {
	ID    string
	Acked bool
}

type queue struct{ items []msg }

func (q *queue) enqueue(m msg) { q.items = append(q.items, m) }

func main() {
	var q queue
	q.enqueue(msg{ID: "a"})
	head := &q.items[0]
	q.enqueue(msg{ID: "b"})
	head.Acked = true // want "VC1014"
	fmt.Println(q.items)
}
