// Package slicegenericclone: generic helpers that store copies of a reused
// window.
package slicegenericclone

func Windows[T any](xs []T, k int) [][]T {
	var out [][]T
	win := make([]T, 0, k)
	for i := 0; i+k <= len(xs); i++ {
		win = append(win[:0], xs[i:i+k]...)
		out = append(out, append([]T(nil), win...))
	}
	return out
}

type Stack[T any] struct {
	items []T
	saved [][]T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Save() { s.saved = append(s.saved, append([]T(nil), s.items...)) }

func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}
