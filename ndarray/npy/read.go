package npy

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"os"
	"slices"
	"unsafe"

	"github.com/viewcheck/viewcheck/ndarray"
)

// Load reads one array from a .npy stream: the header, then exactly the
// data it announces, leaving r at the byte after them (so several arrays
// written one after another can be read in turn). The result's memory is
// new and shared with nothing else: a slice Load allocated and wrapped, so
// OwnsData reports false and Base nil.
//
// T must match the file's element type in kind and size: a "<f8" file loads
// as float64 or any type whose underlying type is float64, and as nothing
// else; the error names both types. Byte order is converted. A Fortran-order
// file gives the transposed view of its data that NumPy gives, which is not
// C-contiguous.
//
// Load never allocates more than the stream can hold: when r reports its
// size (an *os.File of a regular file or another io.Seeker, or a reader with
// a Len method such as *bytes.Reader), a file too short for its header's
// shape fails before any allocation; otherwise the data is read in chunks.
//
//viewcheck:fresh
//viewcheck:layout any
func Load[T ndarray.Elem](r io.Reader) (*ndarray.Array[T], error) {
	h, err := ReadHeader(r)
	if err != nil {
		return nil, err
	}
	return ReadData[T](r, h)
}

// LoadFile reads the .npy file name with Load.
//
//viewcheck:fresh
//viewcheck:layout any
func LoadFile[T ndarray.Elem](name string) (*ndarray.Array[T], error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a, err := Load[T](f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}

// ReadData reads the array data that follows a header read by ReadHeader,
// as Load does. It lets a caller choose T after looking at h.DType().
//
//viewcheck:fresh
//viewcheck:layout any
func ReadData[T ndarray.Elem](r io.Reader, h *Header) (*ndarray.Array[T], error) {
	if h.dt.size == 0 {
		return nil, errors.New("npy: ReadData needs a Header from ReadHeader")
	}
	// The count is derived again because h's exported fields may have
	// been changed since ReadHeader checked them.
	count, err := checkedSize(h.Shape, h.dt.size)
	if err != nil {
		return nil, err
	}
	want := dtypeOf[T]()
	if h.dt.kind != want.kind || h.dt.size != want.size {
		return nil, fmt.Errorf("npy: the file holds %s (descr %q), cannot load it as %s: use Load[%s] or a type with that underlying type",
			h.dt.name(), h.Descr, typeName[T](), h.dt.name())
	}
	data, err := readElems[T](r, count, h.dt)
	if err != nil {
		return nil, err
	}
	shape := h.Shape
	switch {
	case len(shape) == 0:
		return ndarray.Wrap(data).Squeeze(), nil
	case h.FortranOrder && len(shape) > 1:
		// The data is the C-order layout of the reversed shape; its
		// transpose is the array, as in numpy.lib.format.read_array.
		rev := slices.Clone(shape)
		slices.Reverse(rev)
		return ndarray.Wrap(data, rev...).Transpose(), nil
	default:
		return ndarray.Wrap(data, shape...), nil
	}
}

// directMax is the most data read straight into its final buffer from a
// stream of unknown length; chunkMax bounds each chunk beyond that.
const (
	directMax = 1 << 20
	chunkMax  = 64 << 20
	// swapChunk is how much is read before byte-swapping it, so that the
	// swap finds the bytes still in cache.
	swapChunk = 256 << 10
)

// readElems reads n elements of type d from r into a new []T, converting
// their byte order and normalising bools.
func readElems[T ndarray.Elem](r io.Reader, n int, d dtype) ([]T, error) {
	need := int64(n) * int64(d.size)
	left, known, err := sizeLeft(r)
	if err != nil {
		return nil, err
	}
	if known && left < need {
		return nil, &shortError{what: "array data", need: need, got: left}
	}
	var data []T
	if known || need <= directMax {
		data = make([]T, n)
		err = readInto(r, bytesOf(data), d)
	} else {
		data, err = readChunked[T](r, n, d)
	}
	if err != nil {
		return nil, err
	}
	if d.kind == 'b' {
		normalizeBools(bytesOf(data))
	}
	return data, nil
}

// readInto fills b from r, swapping byte order on the way when d needs it.
func readInto(r io.Reader, b []byte, d dtype) error {
	if !d.swapped() {
		return readFull(r, b, "array data", 0, int64(len(b)))
	}
	for off := 0; off < len(b); off += swapChunk {
		c := b[off:min(off+swapChunk, len(b))]
		if err := readFull(r, c, "array data", int64(off), int64(len(b))); err != nil {
			return err
		}
		swapBytes(c, d.swapUnit())
	}
	return nil
}

// readChunked reads n elements from a stream of unknown length in chunks
// that grow with what the stream has delivered, so that a header claiming
// more data than the stream holds costs at most twice the data that is
// really there before it fails. Only then is the final buffer allocated.
func readChunked[T ndarray.Elem](r io.Reader, n int, d dtype) ([]T, error) {
	need := int64(n) * int64(d.size)
	var chunks [][]byte
	var got int64
	for size := int64(directMax); got < need; size = min(2*size, chunkMax) {
		c := make([]byte, min(size, need-got))
		if err := readFull(r, c, "array data", got, need); err != nil {
			return nil, err
		}
		got += int64(len(c))
		chunks = append(chunks, c)
	}
	data := make([]T, n)
	b := bytesOf(data)
	off := 0
	for _, c := range chunks {
		if d.swapped() {
			swapBytes(c, d.swapUnit())
		}
		off += copy(b[off:], c)
	}
	return data, nil
}

// sizeLeft reports how many bytes r has left, when r can tell: a reader
// with a Len method (bytes.Reader, strings.Reader, bytes.Buffer), a regular
// file, or another io.Seeker, which it leaves where it was.
func sizeLeft(r io.Reader) (left int64, known bool, err error) {
	if l, ok := r.(interface{ Len() int }); ok {
		return int64(l.Len()), true, nil
	}
	if f, ok := r.(*os.File); ok {
		// Pipes, terminals and devices do not know their length, or
		// report 0.
		fi, err := f.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return 0, false, nil
		}
	}
	s, ok := r.(io.Seeker)
	if !ok {
		return 0, false, nil
	}
	cur, err := s.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, false, nil
	}
	end, err := s.Seek(0, io.SeekEnd)
	if err != nil {
		return 0, false, nil
	}
	if _, err := s.Seek(cur, io.SeekStart); err != nil {
		return 0, false, fmt.Errorf("npy: seeking back after measuring the file: %w", err)
	}
	return max(0, end-cur), true, nil
}

// bytesOf returns the memory of s as bytes (no copy).
func bytesOf[T ndarray.Elem](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(s[0])))
}

// swapBytes reverses the bytes of each unit-byte value in b.
func swapBytes(b []byte, unit int) {
	le := binary.LittleEndian
	switch unit {
	case 2:
		for i := 0; i+2 <= len(b); i += 2 {
			le.PutUint16(b[i:], bits.ReverseBytes16(le.Uint16(b[i:])))
		}
	case 4:
		for i := 0; i+4 <= len(b); i += 4 {
			le.PutUint32(b[i:], bits.ReverseBytes32(le.Uint32(b[i:])))
		}
	case 8:
		for i := 0; i+8 <= len(b); i += 8 {
			le.PutUint64(b[i:], bits.ReverseBytes64(le.Uint64(b[i:])))
		}
	}
}

// normalizeBools turns every nonzero byte into 1. NumPy reads any nonzero
// byte as True, but a Go bool holding another value breaks the language's
// rules (b == true and b can disagree), so a file must not be able to
// plant one.
func normalizeBools(b []byte) {
	for i, v := range b {
		if v > 1 {
			b[i] = 1
		}
	}
}
