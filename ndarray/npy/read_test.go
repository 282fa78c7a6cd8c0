package npy

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unsafe"

	"github.com/viewcheck/viewcheck/ndarray"
)

// unsized hides every method of a reader but Read, so that Load cannot
// learn its length.
type unsized struct{ r io.Reader }

func (u unsized) Read(p []byte) (int, error) { return u.r.Read(p) }

// heapAllocs returns the bytes allocated on the heap so far.
func heapAllocs() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// f8Data returns the little-endian bytes of 0, 1, ..., n-1 as float64.
func f8Data(n int) []byte {
	b := make([]byte, 8*n)
	for i := range n {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(float64(i)))
	}
	return b
}

// TestHugeClaim gives a header that claims 2*10^8 float64s (1.6 GB, a size
// that 32-bit systems can address too) in front of a 100-byte body: every
// kind of reader must fail at once, say how much was missing, and allocate
// next to nothing.
func TestHugeClaim(t *testing.T) {
	file := npyFile(1, `{'descr': '<f8', 'fortran_order': False, 'shape': (10000, 20000), }`, make([]byte, 100))
	path := filepath.Join(t.TempDir(), "huge.npy")
	if err := os.WriteFile(path, file, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	readers := []struct {
		name string
		r    io.Reader
	}{
		{"bytes.Reader (Len)", bytes.NewReader(file)},
		{"io.SectionReader (Seek)", io.NewSectionReader(bytes.NewReader(file), 0, int64(len(file)))},
		{"os.File", f},
		{"unknown length", unsized{bytes.NewReader(file)}},
		{"one byte at a time", iotest.OneByteReader(bytes.NewReader(file))},
	}
	for _, c := range readers {
		before := heapAllocs()
		_, err := Load[float64](c.r)
		allocated := heapAllocs() - before
		want := "npy: array data: file too short: need 1600000000 bytes, got 100 (1599999900 missing)"
		if err == nil || err.Error() != want {
			t.Errorf("%s: error %v, want %q", c.name, err, want)
		}
		if !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("%s: error does not wrap io.ErrUnexpectedEOF", c.name)
		}
		if allocated > 4<<20 {
			t.Errorf("%s: allocated %d bytes for a 100-byte body", c.name, allocated)
		}
	}
}

// TestChunkedRead reads arrays larger than the first chunk from a reader of
// unknown length, in both byte orders, and cut short at several points.
func TestChunkedRead(t *testing.T) {
	const n = 3<<20/8 + 17 // over 3 MiB: three chunks, the last partial
	le := f8Data(n)
	be := slices.Clone(le)
	swapBytes(be, 8)
	for _, c := range []struct {
		descr string
		data  []byte
	}{{"<f8", le}, {">f8", be}} {
		file := npyFile(1, `{'descr': '`+c.descr+`', 'fortran_order': False, 'shape': (`+itoa(n)+`,), }`, c.data)
		for _, r := range []io.Reader{unsized{bytes.NewReader(file)}, bytes.NewReader(file), iotest.HalfReader(bytes.NewReader(file))} {
			a, err := Load[float64](r)
			if err != nil {
				t.Fatalf("%s: %v", c.descr, err)
			}
			if a.Size() != n || a.At(0) != 0 || a.At(1) != 1 || a.At(n/2) != float64(n/2) || a.At(n-1) != float64(n-1) {
				t.Errorf("%s via %T: wrong values: %v %v %v %v", c.descr, r, a.At(0), a.At(1), a.At(n/2), a.At(n-1))
			}
		}
		hlen := len(file) - len(c.data)
		for _, cut := range []int{0, 5, 1 << 20, 1<<20 + 3, 3 << 20} {
			_, err := Load[float64](unsized{bytes.NewReader(file[:hlen+cut])})
			want := "npy: array data: file too short: need " + itoa(8*n) + " bytes, got " + itoa(cut)
			if err == nil || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("%s cut %d bytes into the data: error %v, want %q", c.descr, cut, err, want)
			}
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestByteOrders loads every element type written in the opposite byte order
// and checks the conversion, including both halves of complex numbers.
func TestByteOrders(t *testing.T) {
	other := byte('>')
	if nativeOrder == '>' {
		other = '<'
	}
	check := func(descr string, raw []byte, unit int, want string, load func(io.Reader) (string, error)) {
		t.Helper()
		swapped := slices.Clone(raw)
		swapBytes(swapped, unit)
		file := npyFile(1, `{'descr': '`+string(other)+descr+`', 'fortran_order': False, 'shape': (2,), }`, swapped)
		got, err := load(bytes.NewReader(file))
		if err != nil || got != want {
			t.Errorf("%c%s: got %s, %v; want %s", other, descr, got, err, want)
		}
	}
	native := func(vals ...any) []byte {
		var b bytes.Buffer
		for _, v := range vals {
			binary.Write(&b, binary.NativeEndian, v)
		}
		return b.Bytes()
	}
	check("i2", native(int16(-2), int16(300)), 2, "[-2 300]", loadString[int16])
	check("u2", native(uint16(65535), uint16(258)), 2, "[65535 258]", loadString[uint16])
	check("i4", native(int32(-70000), int32(1)), 4, "[-70000 1]", loadString[int32])
	check("u4", native(uint32(1<<31), uint32(7)), 4, "[2147483648 7]", loadString[uint32])
	check("i8", native(int64(-1<<40), int64(5)), 8, "[-1099511627776 5]", loadString[int64])
	check("u8", native(uint64(1<<63), uint64(9)), 8, "[9223372036854775808 9]", loadString[uint64])
	check("f4", native(float32(1.5), float32(-0.25)), 4, "[1.5 -0.25]", loadString[float32])
	check("f8", native(math.Pi, -1e300), 8, "[3.141592653589793 -1e+300]", loadString[float64])
	check("c8", native(complex64(1+2i), complex64(-3.5-4i)), 4, "[(1+2i) (-3.5-4i)]", loadString[complex64])
	check("c16", native(complex(1e-300, 2), complex(-3, math.Inf(1))), 8, "[(1e-300+2i) (-3+Infi)]", loadString[complex128])
}

func loadString[T ndarray.Elem](r io.Reader) (string, error) {
	a, err := Load[T](r)
	if err != nil {
		return "", err
	}
	return a.String(), nil
}

// TestBoolBytes gives bool data with bytes other than 0 and 1. NumPy reads
// every nonzero byte as True; a Go bool must hold exactly 0 or 1.
func TestBoolBytes(t *testing.T) {
	file := npyFile(1, `{'descr': '|b1', 'fortran_order': False, 'shape': (5,), }`, []byte{0, 1, 2, 0x80, 0xff})
	a, err := Load[bool](bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	want := []bool{false, true, true, true, true}
	for i, w := range want {
		got := a.At(i)
		if got != w || (got && !(got == true)) || *(*uint8)(unsafe.Pointer(&got)) > 1 {
			t.Errorf("element %d: got %v (byte %d), want %v", i, got, *(*uint8)(unsafe.Pointer(&got)), w)
		}
	}
}

// TestSequentialArrays reads arrays written one after another to one
// stream, as repeated numpy.save calls on one file handle do.
func TestSequentialArrays(t *testing.T) {
	var buf bytes.Buffer
	for i := range 3 {
		if err := Save(&buf, ndarray.Full(int32(i), 2, i+1)); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "three.npy")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, r := range []io.Reader{bytes.NewReader(buf.Bytes()), unsized{bytes.NewReader(buf.Bytes())}, f} {
		for i := range 3 {
			a, err := Load[int32](r)
			if err != nil {
				t.Fatalf("%T: array %d: %v", r, i, err)
			}
			if !slices.Equal(a.Shape(), []int{2, i + 1}) || a.At(1, i) != int32(i) {
				t.Errorf("%T: array %d: %v", r, i, a)
			}
		}
		if _, err := Load[int32](r); err == nil || !strings.Contains(err.Error(), "magic string: file too short: need 8 bytes, got 0") {
			t.Errorf("%T: after the last array: %v", r, err)
		}
	}
}

// TestPipe reads from a pipe, an *os.File whose length is unknown.
func TestPipe(t *testing.T) {
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	want := ndarray.Arange[float64](300000) // 2.4 MB: more than the pipe buffer and the first chunk
	go func() {
		Save(pw, want)
		pw.Close()
	}()
	got, err := Load[float64](pr)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(elements(got), elements(want)) {
		t.Errorf("array read from a pipe differs from the one written")
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, iotest.ErrTimeout }

// TestReadErrors checks that an I/O error is reported as such, not as a
// short file.
func TestReadErrors(t *testing.T) {
	file := npyFile(1, `{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }`, f8Data(4))
	for _, cut := range []int{3, 20, len(file) - 8} {
		r := io.MultiReader(bytes.NewReader(file[:cut]), errReader{})
		_, err := Load[float64](r)
		if !errors.Is(err, iotest.ErrTimeout) || errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("error after %d bytes: %v, want the reader's timeout", cut, err)
		}
	}
	if _, err := LoadFile[float64](filepath.Join(t.TempDir(), "missing.npy")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadFile of a missing file: %v", err)
	}
}

func TestLoadFileNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.npy")
	os.WriteFile(path, []byte("not numpy"), 0o644)
	_, err := LoadFile[float64](path)
	if err == nil || !strings.HasPrefix(err.Error(), path+": npy: ") {
		t.Errorf("error %v does not start with the file name", err)
	}
}

// TestReadDataHeader checks that ReadData does not trust a Header that was
// not made by ReadHeader, or was changed after.
func TestReadDataHeader(t *testing.T) {
	file := npyFile(1, `{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`, f8Data(6))
	if _, err := ReadData[float64](bytes.NewReader(nil), &Header{Descr: "<f8", Shape: []int{1}}); err == nil || !strings.Contains(err.Error(), "Header from ReadHeader") {
		t.Errorf("a hand-made Header: error %v", err)
	}
	r := bytes.NewReader(file)
	h, err := ReadHeader(r)
	if err != nil {
		t.Fatal(err)
	}
	h.Shape = []int{3, -2}
	if _, err := ReadData[float64](r, h); err == nil || !strings.Contains(err.Error(), "negative dimension") {
		t.Errorf("a negative dimension set after ReadHeader: error %v", err)
	}
	h.Shape = []int{3, 2} // the same data, another shape
	a, err := ReadData[float64](r, h)
	if err != nil || !slices.Equal(a.Shape(), []int{3, 2}) || a.At(2, 1) != 5 {
		t.Errorf("a reshaped header: %v, %v", a, err)
	}
}
