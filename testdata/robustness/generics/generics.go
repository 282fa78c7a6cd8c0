// Generic code: a view write inside a generic function (reported once, in
// the generic body) and generic helpers that return views, instantiated
// with several element types including a named one.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// Celsius is a temperature.
type Celsius float64

// Head returns the first n elements of a 1-D array, as a view.
func Head[T ndarray.Elem](a *ndarray.Array[T], n int) *ndarray.Array[T] {
	return a.Slice(ndarray.S(0, n))
}

// resetHeadTotal zeroes the first two elements and returns the total: the
// caller's array loses its first two values.
func resetHeadTotal[T ndarray.Number](a *ndarray.Array[T]) T {
	h := Head(a, 2)
	h.Fill(0) // want "VC1001"
	return ndarray.Sum(a)
}

type pair[T ndarray.Number] struct {
	a, b *ndarray.Array[T]
}

func (p pair[T]) total() T { return ndarray.Sum(p.a) + ndarray.Sum(p.b) }

func main() {
	temps := ndarray.FromSlice([]Celsius{20, 21, 22})
	fmt.Println(resetHeadTotal(temps), temps)
	fmt.Println(resetHeadTotal(ndarray.Arange[int](4)))
	fmt.Println(resetHeadTotal(ndarray.Full[complex128](1i, 3)))

	x := ndarray.Arange[float32](6)
	top := Head(x, 3)
	top.Set(42, 0) // want "VC1001"
	p := pair[float32]{a: x, b: Head(x, 1)}
	fmt.Println(p.total())
}
