package ndarray

import (
	"reflect"
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
// The memory comes from allocUninit, which has two builds: by default
// (alloc_unsafe.go) it skips the zeroing through strings.Builder and
// package unsafe; with the build tag viewcheck_safe (alloc_safe.go) it is
// make, for those who would rather not rely on that route, and to measure
// what it gains. Callers are correct with either, and the tests run both.
//
// The analyzer cannot see through the unsafe conversion; the directive
// tells it what make would have.
//
//viewcheck:fresh
func uninit[T Elem](n int) []T {
	s := allocUninit[T](n)
	if testPoisonUninit {
		poison(s)
	}
	return s
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

// uninitMin is the size in bytes from which the default route skips
// zeroing. Below it make's zeroing costs little next to the allocation
// itself, and small blocks share size classes whose alignment is not that
// of a page. The tests size their arrays from it under either build, so
// that both routes see the same cases.
const uninitMin = 64 << 10
