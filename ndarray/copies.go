package ndarray

// This file holds the operations whose result owns fresh memory: copies of
// a whole array and gathers through index arrays, and the scatters (Put,
// PutMask) that write back through index arrays.

// Copy returns a new C-contiguous array holding a's elements: it owns its
// memory (Base is nil) and is writable even when a is read-only, so writes
// to either never reach the other.
//
//viewcheck:fresh
func (a *Array[T]) Copy() *Array[T] {
	c := newOwner(make([]T, a.Size()), a.Shape())
	copyInto(c, a)
	return c
}
