// Standardize returns standardized samples in memory from the program's own
// slab allocator, and centres the caller's samples while doing so. The slab
// hands out memory through unsafe, which the analyzer cannot follow: the
// //viewcheck:fresh directive on take tells it that the buffers are new, as
// make's would be. Centered uses the same slab through a method without the
// directive, where the analyzer stays quiet because it cannot tell new
// memory from old.
package main

import (
	"fmt"
	"math"
	"unsafe"

	"github.com/viewcheck/viewcheck/ndarray"
)

// slab hands out float64 buffers carved from large allocations.
type slab struct{ free []byte }

func (s *slab) carve(n int) []float64 {
	if len(s.free) < 8*n {
		s.free = make([]byte, max(8*n, 1<<16))
	}
	p := unsafe.Pointer(unsafe.SliceData(s.free))
	s.free = s.free[8*n:]
	return unsafe.Slice((*float64)(p), n)
}

// take returns n float64s of memory nothing else uses.
//
//viewcheck:fresh
func (s *slab) take(n int) []float64 { return s.carve(n) }

// takeUndeclared is take without the directive.
func (s *slab) takeUndeclared(n int) []float64 { return s.carve(n) }

var pool slab

// Standardize returns (x - mean) / std as a new array.
func Standardize(x *ndarray.Array[float64]) *ndarray.Array[float64] {
	out := ndarray.Wrap(pool.take(x.Size()), x.Shape()...)
	m := ndarray.Mean(x)
	var ss float64
	for i := range x.Size() {
		x.Set(x.At(i)-m, i) // want "VC1006"
		ss += x.At(i) * x.At(i)
	}
	sd := math.Sqrt(ss / float64(x.Size()))
	for i := range x.Size() {
		out.Set(x.At(i)/sd, i)
	}
	return out
}

// Centered returns x - mean as a new array; the analyzer cannot tell.
func Centered(x *ndarray.Array[float64]) *ndarray.Array[float64] {
	out := ndarray.Wrap(pool.takeUndeclared(x.Size()), x.Shape()...)
	m := ndarray.Mean(x)
	for i := range x.Size() {
		x.Set(x.At(i)-m, i)
		out.Set(x.At(i), i)
	}
	return out
}

func main() {
	x := ndarray.FromSlice([]float64{1, 2, 3, 4})
	fmt.Println(Standardize(x))
	fmt.Println("samples:", x) // centred: [-1.5 -0.5 0.5 1.5]
	y := ndarray.FromSlice([]float64{1, 2, 3})
	fmt.Println(Centered(y), y)
}
