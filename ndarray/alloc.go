package ndarray

import (
	"reflect"
	"strings"
	"unsafe"
)

// uninit returns a new slice of n elements whose contents are unspecified:
// the caller must write every element before the slice, or an array over
// it, is returned or read. It is for the operations that overwrite their
// whole result (Copy, Take, Mask, the arithmetic), where make's zeroing is
// wasted work: for a result larger than the cache, the zeros go out to
// memory and the copy then fetches the same lines back just to overwrite
// them. On 4096 x 4096 float64 arrays that was a quarter of the time of a
// fresh strided copy and two fifths of a contiguous one.
//
// The memory comes from strings.Builder.Grow, the one exported way to reach
// the runtime's allocation without zeroing (internal/bytealg.MakeNoZero);
// should a later Go zero it after all, results are merely slower, never
// wrong. unsafe.StringData's documentation forbids writing the bytes it
// returns, a rule that keeps strings immutable; this string is never used
// as one (nothing else holds it or the Builder), so no string changes. It is noscan memory, as a []T's is, since no element type of this
// package holds a pointer, and a block this large is page-aligned. Smaller
// blocks, which gain nothing, are made with make.
//
// The analyzer cannot see through the unsafe conversion; the directive
// tells it what make would have.
//
//viewcheck:fresh
func uninit[T Elem](n int) []T {
	s := allocNoZero[T](n)
	if testPoisonUninit {
		poison(s)
	}
	return s
}

func allocNoZero[T Elem](n int) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if n < uninitMin/size || n > maxInt/size {
		return make([]T, n) // make reports a negative or huge n
	}
	var b strings.Builder
	b.Grow(n * size)
	b.WriteByte(0) // a non-empty string: StringData of "" is unspecified
	p := unsafe.StringData(b.String())
	if uintptr(unsafe.Pointer(p))%unsafe.Alignof(zero) != 0 {
		return make([]T, n)
	}
	return unsafe.Slice((*T)(unsafe.Pointer(p)), n)
}

// testPoisonUninit makes uninit fill the memory it returns with a pattern
// (0xA5 bytes; true for bools), so that tests see any element an operation
// leaves unwritten, whether or not the memory came back zeroed.
var testPoisonUninit bool

func poison[T Elem](s []T) {
	var zero T
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(zero)))
	v := byte(0xA5)
	if reflect.TypeFor[T]().Kind() == reflect.Bool {
		v = 1 // any other byte is not a valid bool (named bool types too)
	}
	for i := range b {
		b[i] = v
	}
}

// uninitMin is the size in bytes from which uninit skips zeroing. Below it
// make's zeroing costs little next to the allocation itself, and small
// blocks share size classes whose alignment is not that of a page.
const uninitMin = 64 << 10
