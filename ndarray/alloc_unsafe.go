//go:build !viewcheck_safe

package ndarray

import (
	"strings"
	"unsafe"
)

// allocUninit takes the memory from strings.Builder.Grow, the one exported
// way to reach the runtime's allocation without zeroing
// (internal/bytealg.MakeNoZero); should a later Go zero it after all,
// results are merely slower, never wrong. alloc_safe.go is the same
// function with make, behind the build tag viewcheck_safe.
func allocUninit[T Elem](n int) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if n < uninitMin/size || n > maxInt/size {
		return make([]T, n) // make reports a negative or huge n
	}
	var b strings.Builder
	b.Grow(n * size)
	b.WriteByte(0) // a non-empty string: StringData of "" is unspecified

	// Turning the Builder's buffer into a []T rests on three assumptions,
	// none of them promised by strings.Builder's documentation:
	//
	//   - b.String() returns a string whose data pointer is the Builder's
	//     buffer, not a copy: today it is unsafe.String(unsafe.SliceData(
	//     b.buf), len(b.buf)). The buffer is one heap block of at least
	//     n*size bytes, which the slice below stays inside. A copy would
	//     hold the one byte written, and the slice would run past it into
	//     other objects. TestBuilderStringIsBuffer fails if this changes.
	//   - Nothing else references the buffer: b and the string die here,
	//     so what is written through the []T is never seen as a string,
	//     which is what unsafe.StringData's rule against writing its bytes
	//     is there to protect.
	//   - The block is noscan memory (MakeNoZero allocates bytes), which
	//     is right for a []T only because no Elem type holds a pointer: a
	//     pointer stored there would be invisible to the collector, which
	//     could then free what it points to. TestElemHoldsNoPointers fails
	//     if Elem or this function's constraint ever admits one.
	p := unsafe.StringData(b.String())

	// Go requires a *T to be aligned for T. A block of uninitMin bytes or
	// more starts on a page, but nothing documents that.
	if uintptr(unsafe.Pointer(p))%unsafe.Alignof(zero) != 0 {
		return make([]T, n)
	}
	return unsafe.Slice((*T)(unsafe.Pointer(p)), n)
}
