// Package fifo is a first-in first-out queue whose constructor copies the
// caller's slice.
package fifo

// Queue is a FIFO queue over a slice.
type Queue[T any] struct {
	items []T
	head  int
}

// New returns a queue holding a copy of items, in order.
func New[T any](items []T) *Queue[T] {
	q := &Queue[T]{items: make([]T, len(items))}
	copy(q.items, items)
	return q
}

// Pop removes and returns the first item.
func (q *Queue[T]) Pop() T {
	v := q.items[q.head]
	q.head++
	return v
}
