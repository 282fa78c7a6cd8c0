// Package fifo is a first-in first-out queue whose constructor keeps the
// caller's slice (through a helper), which its importers know through a
// fact.
package fifo

// Queue is a FIFO queue over a slice.
type Queue[T any] struct {
	items []T
	head  int
}

func wrap[T any](items []T) Queue[T] { return Queue[T]{items: items} }

// New returns a queue holding items, in order.
func New[T any](items []T) *Queue[T] {
	q := wrap(items)
	return &q
}

// Pop removes and returns the first item.
func (q *Queue[T]) Pop() T {
	v := q.items[q.head]
	q.head++
	return v
}
