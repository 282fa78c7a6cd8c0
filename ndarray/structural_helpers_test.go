package ndarray

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// These helpers serve the tests of views, reshapes and copies. They read
// elements through At only, so that they do not depend on the code under test.

// atElems returns a's elements in C order, read one by one with At.
func atElems[T Elem](a *Array[T]) []T {
	out := []T{}
	shape := a.Shape()
	n := 1
	for _, d := range shape {
		n *= d
	}
	if n == 0 {
		return out
	}
	idx := make([]int, len(shape))
	for {
		out = append(out, a.At(idx...))
		ax := len(shape) - 1
		for ; ax >= 0; ax-- {
			idx[ax]++
			if idx[ax] < shape[ax] {
				break
			}
			idx[ax] = 0
		}
		if ax < 0 {
			return out
		}
	}
}

// seq returns an owner of shape holding 0, 1, 2, ... in C order.
func seq(shape ...int) *Array[int] {
	if len(shape) == 0 {
		return Zeros[int]()
	}
	n := 1
	for _, d := range shape {
		n *= d
	}
	data := make([]int, n)
	for i := range data {
		data[i] = i
	}
	return FromSlice(data, shape...)
}

// wantPanicErr runs f and checks that it panics with an *Error of kind whose
// message contains every string in parts.
func wantPanicErr(t *testing.T, kind error, parts []string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil {
			t.Fatalf("no panic; want %v", kind)
		}
		err, ok := r.(error)
		if !ok {
			t.Fatalf("panic value %T %v is not an error", r, r)
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("panic value %T %v is not an *Error", r, r)
		}
		if !errors.Is(err, kind) {
			t.Fatalf("panic %q: kind %v, want %v", err, e.Kind, kind)
		}
		for _, p := range parts {
			if !strings.Contains(err.Error(), p) {
				t.Errorf("panic %q does not mention %q", err, p)
			}
		}
	}()
	f()
}

// checkArray checks a's shape and its elements in C order.
func checkArray[T Elem](t *testing.T, a *Array[T], shape []int, want []T) {
	t.Helper()
	if got := a.Shape(); !slices.Equal(got, shape) {
		t.Fatalf("shape %v, want %v", got, shape)
	}
	if got := atElems(a); !slices.Equal(got, want) {
		t.Fatalf("elements %v, want %v", got, want)
	}
}

// sharesData reports whether a and b are headers over the same buffer.
func sharesData[T Elem](a, b *Array[T]) bool {
	if len(a.data) == 0 || len(b.data) == 0 {
		return false
	}
	return &a.data[0] == &b.data[0]
}
