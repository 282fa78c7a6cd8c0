//go:build !viewcheck_safe

package ndarray

import (
	"strings"
	"testing"
	"unsafe"
)

// TestBuilderStringIsBuffer checks the first assumption allocUninit makes:
// that strings.Builder.String returns the Builder's buffer, not a copy.
// Were it a copy, allocUninit's slice would run past the one byte copied,
// so a Go release that changes this must fail here first.
func TestBuilderStringIsBuffer(t *testing.T) {
	var b strings.Builder
	b.Grow(uninitMin)
	if b.Cap() < uninitMin {
		t.Fatalf("strings.Builder.Grow(%d) gave a capacity of %d", uninitMin, b.Cap())
	}
	b.WriteByte(0)
	p := unsafe.StringData(b.String())
	b.WriteByte(0x5A) // within the capacity, so into the same buffer
	if q := unsafe.StringData(b.String()); q != p {
		t.Fatalf("strings.Builder.String returned %p, then %p for the same buffer: it copies", p, q)
	}
	// A write through the Builder is seen through the first string's
	// pointer, one byte past that string's own length: p is the buffer.
	if got := *(*byte)(unsafe.Add(unsafe.Pointer(p), 1)); got != 0x5A {
		t.Fatalf("a byte written through strings.Builder is %#x through the pointer String returned, want 0x5a", got)
	}
}
