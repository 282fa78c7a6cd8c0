package ndarray

import (
	"fmt"
)

// Elem is the set of element types an Array can hold.
type Elem interface {
	~bool | ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 |
		~uint32 | ~uint64 | ~float32 | ~float64 | ~complex64 | ~complex128
}

// Number is Elem without bool: the element types arithmetic is defined on.
type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 |
		~uint32 | ~uint64 | ~float32 | ~float64 | ~complex64 | ~complex128
}

// Array is a strided N-dimensional array of T.
//
// Element (i0, i1, ...) lives at data[offset + i0*strides[0] + i1*strides[1] + ...].
// Several Arrays may share one data slice: an owner and its views.
//
//viewcheck:array
type Array[T Elem] struct {
	data    []T // the owner's whole buffer, shared by every view of it
	offset  int
	shape   []int
	strides []int     // in elements; may be negative or zero
	base    *Array[T] // nil for an owner and for Wrap; else the owner
	flags   flags
	// readOnly says why the array is not writable ("" when it is).
	readOnly string
}

type flags uint8

const (
	flagOwnsData flags = 1 << iota
	flagContiguous
)

// newOwner returns a C-contiguous array that owns data, which must hold
// exactly the product of shape elements.
func newOwner[T Elem](data []T, shape []int) *Array[T] {
	a := &Array[T]{data: data, shape: shape, strides: cStrides(shape), flags: flagOwnsData}
	a.updateFlags()
	return a
}

// newView returns a view of a's memory with the given layout. It inherits
// a's owner and its read-only state.
func (a *Array[T]) newView(offset int, shape, strides []int) *Array[T] {
	v := &Array[T]{data: a.data, offset: offset, shape: shape, strides: strides, readOnly: a.readOnly}
	v.base = a.base
	if a.base == nil && a.flags&flagOwnsData != 0 {
		v.base = a
	}
	v.updateFlags()
	return v
}

// cStrides returns the strides of a C-ordered (row-major) array of shape.
func cStrides(shape []int) []int {
	strides := make([]int, len(shape))
	s := 1
	for i := len(shape) - 1; i >= 0; i-- {
		strides[i] = s
		if shape[i] > 1 {
			s *= shape[i]
		}
	}
	return strides
}

// updateFlags recomputes the contiguity flag from shape and strides.
func (a *Array[T]) updateFlags() {
	if isCContiguous(a.shape, a.strides) {
		a.flags |= flagContiguous
	} else {
		a.flags &^= flagContiguous
	}
}

// isCContiguous reports whether shape and strides describe C order. Axes of
// length 1 may have any stride; an empty array is contiguous.
func isCContiguous(shape, strides []int) bool {
	// An empty array is contiguous whatever its strides, so look for a zero
	// length before checking any stride.
	for _, d := range shape {
		if d == 0 {
			return true
		}
	}
	want := 1
	for i := len(shape) - 1; i >= 0; i-- {
		if shape[i] == 1 {
			continue
		}
		if strides[i] != want {
			return false
		}
		want *= shape[i]
	}
	return true
}

// sizeOf returns the number of elements of shape; it panics on a negative
// dimension or an overflow.
func sizeOf(op string, shape []int) int {
	n := 1
	for _, d := range shape {
		if d < 0 {
			panic(newError(op, ErrShape, "negative dimension in shape %v", shape))
		}
		if d != 0 && n > maxInt/d {
			panic(newError(op, ErrShape, "shape %v has too many elements", shape))
		}
		n *= d
	}
	return n
}

const maxInt = int(^uint(0) >> 1)

// Zeros returns a new array of shape filled with the zero value of T.
// No shape gives a 0-d array holding one element.
//
//viewcheck:fresh
func Zeros[T Elem](shape ...int) *Array[T] {
	n := sizeOf("Zeros", shape)
	return newOwner(make([]T, n), append([]int(nil), shape...))
}

// Full returns a new array of shape with every element set to v.
//
//viewcheck:fresh
func Full[T Elem](v T, shape ...int) *Array[T] {
	n := sizeOf("Full", shape)
	data := uninit[T](n)
	fillSlice(data, v)
	return newOwner(data, append([]int(nil), shape...))
}

// Arange returns a new 1-D array holding 0, 1, ..., n-1.
//
//viewcheck:fresh
func Arange[T Number](n int) *Array[T] {
	if n < 0 {
		panic(newError("Arange", ErrShape, "negative length %d", n))
	}
	data := uninit[T](n)
	var v T
	for i := range data {
		data[i] = v
		v++
	}
	return newOwner(data, []int{n})
}

// FromSlice returns a new array of shape holding a copy of data in C order.
// Without a shape the result is 1-D. The result never shares data's memory.
//
//viewcheck:fresh
func FromSlice[T Elem](data []T, shape ...int) *Array[T] {
	shape = defaultShape("FromSlice", data, shape)
	return newOwner(append([]T(nil), data...), shape)
}

// Wrap returns an array of shape over data's own memory, in C order: writes
// through either are seen by the other. Without a shape the result is 1-D.
// The result does not own its memory (OwnsData is false) and, since no Array
// owns it, Base is nil.
//
//viewcheck:view data
//viewcheck:keeps data
func Wrap[T Elem](data []T, shape ...int) *Array[T] {
	shape = defaultShape("Wrap", data, shape)
	a := &Array[T]{data: data[:len(data):len(data)], shape: shape, strides: cStrides(shape)}
	a.updateFlags()
	return a
}

func defaultShape[T Elem](op string, data []T, shape []int) []int {
	if len(shape) == 0 {
		return []int{len(data)}
	}
	if n := sizeOf(op, shape); n != len(data) {
		panic(newError(op, ErrShape, "cannot shape %d elements as %v (%d elements)", len(data), shape, n))
	}
	return append([]int(nil), shape...)
}

// Shape returns a copy of the array's dimensions.
//
//viewcheck:meta
func (a *Array[T]) Shape() []int { return append([]int{}, a.shape...) }

// Strides returns a copy of the array's strides, in elements.
//
//viewcheck:meta
func (a *Array[T]) Strides() []int { return append([]int{}, a.strides...) }

// Ndim returns the number of dimensions.
//
//viewcheck:meta
func (a *Array[T]) Ndim() int { return len(a.shape) }

// Size returns the number of elements.
//
//viewcheck:meta
func (a *Array[T]) Size() int {
	n := 1
	for _, d := range a.shape {
		n *= d
	}
	return n
}

// Base returns the array that owns a's memory, or nil when a owns it
// (or wraps a Go slice). The base of a view of a view is the owner.
//
//viewcheck:base
func (a *Array[T]) Base() *Array[T] { return a.base }

// OwnsData reports whether a owns its memory, as opposed to being a view.
//
//viewcheck:meta
func (a *Array[T]) OwnsData() bool { return a.flags&flagOwnsData != 0 }

// IsContiguous reports whether a's elements are laid out in C order with no gaps.
//
//viewcheck:meta
func (a *Array[T]) IsContiguous() bool { return a.flags&flagContiguous != 0 }

// Writable reports whether writes through a are allowed. BroadcastTo views
// (which repeat elements) and Diagonal views are read-only, and so is every
// view made from a read-only array; a Copy is always writable.
//
//viewcheck:meta
func (a *Array[T]) Writable() bool { return a.readOnly == "" }

// checkWritable panics when a is read-only, naming op and the reason.
func (a *Array[T]) checkWritable(op string) {
	if a.readOnly != "" {
		panic(newError(op, ErrReadOnly, "cannot write to a read-only view: %s; use Copy() to get a writable array", a.readOnly))
	}
}

// offsetOf returns the position in a.data of the element at idx, checking
// the number of indices and their ranges. Negative indices count from the end.
func (a *Array[T]) offsetOf(op string, idx []int) int {
	if len(idx) != len(a.shape) {
		panic(newError(op, ErrIndex, "%d indices for array of shape %v (%d dimensions)", len(idx), a.shape, len(a.shape)))
	}
	off := a.offset
	for ax, i := range idx {
		n := a.shape[ax]
		if i < -n || i >= n {
			panic(newError(op, ErrIndex, "index %d out of range for axis %d with size %d (shape %v)", i, ax, n, a.shape))
		}
		if i < 0 {
			i += n
		}
		off += i * a.strides[ax]
	}
	return off
}

// At returns the element at idx. Negative indices count from the end.
//
//viewcheck:reads
func (a *Array[T]) At(idx ...int) T { return a.data[a.offsetOf("At", idx)] }

// Set stores v at idx. Negative indices count from the end.
//
//viewcheck:writes a
func (a *Array[T]) Set(v T, idx ...int) {
	a.checkWritable("Set")
	a.data[a.offsetOf("Set", idx)] = v
}

// String formats a like NumPy: [1 2 3], [[0 1 2]\n [3 4 5]].
//
//viewcheck:reads
func (a *Array[T]) String() string { return format(a) }

// Format implements fmt.Formatter: the verb, flags, width and precision
// apply to each element (%.2f, %5d); %v and %s print as String.
//
//viewcheck:reads
func (a *Array[T]) Format(f fmt.State, verb rune) { formatTo(f, verb, a) }
