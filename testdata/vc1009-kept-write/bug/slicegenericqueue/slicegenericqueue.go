// Bug (VC1009): a generic queue keeps the slice of its constructor; copying
// the next names into the same slice renames what the queue holds: it
// prints "eve" instead of "ann".
package main

import "fmt"

type Queue[T any] struct {
	items []T
}

func NewQueue[T any](items []T) *Queue[T] {
	return &Queue[T]{items: items}
}

func (q *Queue[T]) Front() T { return q.items[0] }

func main() {
	names := []string{"ann", "bob"}
	q := NewQueue(names)
	copy(names, []string{"eve", "dan"}) // want "VC1009"
	fmt.Println(q.Front())
}
