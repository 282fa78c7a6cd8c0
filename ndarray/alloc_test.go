package ndarray

import (
	"flag"
	"os"
	"reflect"
	"testing"
	"unsafe"
)

func TestMain(m *testing.M) {
	flag.Parse()
	// The tests see any element an operation leaves unwritten in memory
	// from uninit; benchmarks time uninit as users get it.
	testPoisonUninit = flag.Lookup("test.bench").Value.String() == ""
	os.Exit(m.Run())
}

// TestUninit checks the slices uninit returns and, when the tests poison
// them (not while benchmarking), that the poison is there.
func TestUninit(t *testing.T) {
	for _, n := range []int{0, 1, 7, uninitMin/8 - 1, uninitMin / 8, uninitMin/8 + 1, 3 << 20} {
		checkUninit[float64](t, n)
		checkUninit[complex128](t, n)
		checkUninit[int8](t, n)
		checkUninit[bool](t, n)
		checkUninit[namedBool](t, n)
	}
}

type namedBool bool

func checkUninit[T Elem](t *testing.T, n int) {
	t.Helper()
	a, b := uninit[T](n), uninit[T](n)
	var zero T
	if len(a) != n || cap(a) != n {
		t.Fatalf("uninit[%T](%d): len %d cap %d, want both %d", zero, n, len(a), cap(a), n)
	}
	if n == 0 {
		return
	}
	if p := uintptr(unsafe.Pointer(&a[0])); p%unsafe.Alignof(zero) != 0 {
		t.Fatalf("uninit[%T](%d) at %#x: misaligned", zero, n, p)
	}
	if &a[0] == &b[0] {
		t.Fatalf("uninit[%T](%d) returned the same memory twice", zero, n)
	}
	if testPoisonUninit {
		checkPoisoned(t, a)
	}
	a[n-1] = zero // the whole length is writable
}

func checkPoisoned[T Elem](t *testing.T, a []T) {
	t.Helper()
	var zero T
	n := len(a)
	poisonByte := byte(0xA5)
	if reflect.TypeFor[T]().Kind() == reflect.Bool {
		poisonByte = 1
	}
	bytes := make([]byte, unsafe.Sizeof(zero))
	for i := range bytes {
		bytes[i] = poisonByte
	}
	want := *(*T)(unsafe.Pointer(&bytes[0]))
	if got := *(*byte)(unsafe.Pointer(&a[0])); reflect.TypeFor[T]().Kind() == reflect.Bool && got != 1 {
		t.Fatalf("uninit[%T](%d)[0] holds byte %#x, not a valid bool", zero, n, got)
	}
	for _, i := range []int{0, n / 2, n - 1} {
		if a[i] != want {
			t.Fatalf("uninit[%T](%d)[%d] = %v, want the poison %v", zero, n, i, a[i], want)
		}
	}
}

func TestUninitTooLarge(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("uninit of more elements than memory can address did not panic")
		}
	}()
	_ = uninit[float64](maxInt/4 + 1)
}

// copyRun and fillSlice work in chunks of runChunk bytes; lengths around
// and past a chunk, with a partial last chunk, must still cover every
// element.
func TestChunkedRuns(t *testing.T) {
	step := runChunk / 8
	for _, n := range []int{0, 1, 63, 64, 65, step - 1, step, step + 1, 3*step + 123} {
		src := make([]float64, n)
		for i := range src {
			src[i] = float64(i + 1)
		}
		dst := uninit[float64](n)
		copyRun(dst, src)
		for i := range dst {
			if dst[i] != src[i] {
				t.Fatalf("copyRun of %d elements: dst[%d] = %v, want %v", n, i, dst[i], src[i])
			}
		}
		fillSlice(dst, -2)
		for i := range dst {
			if dst[i] != -2 {
				t.Fatalf("fillSlice of %d elements: [%d] = %v, want -2", n, i, dst[i])
			}
		}
	}
	// A shorter source copies only its length, as copy does.
	dst := []int8{9, 9, 9}
	copyRun(dst, []int8{1, 2})
	if dst[0] != 1 || dst[1] != 2 || dst[2] != 9 {
		t.Fatalf("copyRun(3 elements, 2 elements) = %v, want [1 2 9]", dst)
	}
	b := uninit[bool](runChunk + 5)
	fillSlice(b, true)
	fillSlice(b, false)
	for i, v := range b {
		if v {
			t.Fatalf("fillSlice(false) of %d bools: [%d] is true", len(b), i)
		}
	}
}
