package npy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/viewcheck/viewcheck/ndarray"
)

// The fuzz targets run their seed corpus (f.Add and testdata/fuzz) in every
// go test; fuzz them with
//
//	go test -run '^$' -fuzz FuzzLoad ./ndarray/npy
//	go test -run '^$' -fuzz FuzzArchive -fuzzminimizetime 2s ./ndarray/npy
//
// (The archive seeds are a few KB; minimizing each new input for the
// default minute leaves little time for fuzzing.)

// loadResult is what loading an array gave, reduced to what can be
// compared across element types.
type loadResult struct {
	shape []int
	text  string // the elements in C order, printed
	saved []byte // the array saved again
}

func loadAs[T ndarray.Elem](r io.Reader) (*loadResult, error) {
	a, err := Load[T](r)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Save(&buf, a); err != nil {
		return nil, fmt.Errorf("saving what was loaded: %w", err)
	}
	return &loadResult{shape: a.Shape(), text: fmt.Sprint(elements(a)), saved: buf.Bytes()}, nil
}

// loaders loads as the Go type of each kind and size, and wrong is a type
// of another kind for each.
var loaders = map[string]func(io.Reader) (*loadResult, error){
	"b1": loadAs[bool], "i1": loadAs[int8], "u1": loadAs[uint8],
	"i2": loadAs[int16], "u2": loadAs[uint16], "i4": loadAs[int32], "u4": loadAs[uint32],
	"i8": loadAs[int64], "u8": loadAs[uint64], "f4": loadAs[float32], "f8": loadAs[float64],
	"c8": loadAs[complex64], "c16": loadAs[complex128],
}

func fuzzSeeds(f *testing.F, pattern string) {
	files, err := filepath.Glob(filepath.Join(fixtureDir, pattern))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed files %s: %v", pattern, err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzLoad(f *testing.F) {
	fuzzSeeds(f, "*.npy")
	f.Add(npyFile(1, `{'descr': '<f8', 'fortran_order': False, 'shape': (1000000, 1000000), }`, make([]byte, 100)))
	f.Add(npyFile(1, `{'descr': '|b1', 'fortran_order': True, 'shape': (2, 2), }`, []byte{0, 2, 255, 1}))
	f.Add(npyFile(2, `{'descr': '>c8', 'fortran_order': True, 'shape': (1, 2, 1), }`, make([]byte, 16)))
	f.Add(npyFile(1, `{'descr': '<i4', 'fortran_order': False, 'shape': (0, 9223372036854775807), }`, nil))
	f.Add(npyFile(1, `{'descr': '<u2', 'fortran_order': False, 'shape': `+strings.Repeat("(", 20)+`}`, nil))
	f.Add([]byte(magic + "\x03\x00\x10\x00\x00\x00{'descr': 1}    "))
	f.Add([]byte(magic + "\x02\x00\xff\xff\xff\x7f"))

	f.Fuzz(func(t *testing.T, data []byte) {
		before := heapAllocs()
		h, herr := ReadHeader(bytes.NewReader(data))
		_, lerr := Load[float64](bytes.NewReader(data))
		if herr != nil {
			// Load starts with ReadHeader: it must fail the same way.
			if lerr == nil || lerr.Error() != herr.Error() {
				t.Fatalf("ReadHeader: %v; Load: %v", herr, lerr)
			}
			checkAllocs(t, before, len(data))
			return
		}
		if h.DataLen() < 0 || h.Size() < 0 || len(h.Shape) > MaxDims {
			t.Fatalf("header %+v: negative size or too many dimensions", h)
		}
		load := loaders[h.Descr[len(h.Descr)-len(strings.TrimLeft(h.Descr, "<>|=")):]]
		if load == nil {
			t.Fatalf("ReadHeader accepted descr %q, which has no Go type", h.Descr)
		}
		// Known length and unknown length take different paths; they must
		// agree.
		known, kerr := load(bytes.NewReader(data))
		unknown, uerr := load(unsized{bytes.NewReader(data)})
		if (kerr == nil) != (uerr == nil) || (kerr != nil && kerr.Error() != uerr.Error()) {
			t.Fatalf("with a known length: %v; without: %v", kerr, uerr)
		}
		if kerr != nil {
			// The header was valid and the type right: only a short file
			// can fail.
			if !errors.Is(kerr, io.ErrUnexpectedEOF) {
				t.Fatalf("a valid header and the right type, but: %v", kerr)
			}
			checkAllocs(t, before, len(data))
			return
		}
		if !slices.Equal(known.shape, h.Shape) || known.text != unknown.text {
			t.Fatalf("shape %v and %v for header %v; values %s and %s", known.shape, unknown.shape, h.Shape, known.text, unknown.text)
		}
		if h.DataLen() > int64(len(data)) {
			t.Fatalf("loaded %d bytes of data from a %d-byte input", h.DataLen(), len(data))
		}
		// What was saved loads again to the same array.
		again, err := load(bytes.NewReader(known.saved))
		if err != nil || again.text != known.text || !slices.Equal(again.shape, known.shape) {
			t.Fatalf("saved and loaded again: %v, %s; want %s", err, again.text, known.text)
		}
		checkAllocs(t, before, len(data))
	})
}

// checkAllocs fails when handling n bytes of input allocated far more than
// a few copies of it: a file must not make the reader allocate what its
// header claims but its body does not hold.
func checkAllocs(t *testing.T, before uint64, n int) {
	t.Helper()
	if allocated := heapAllocs() - before; allocated > uint64(16*n+16<<20) {
		t.Fatalf("allocated %d bytes for %d bytes of input", allocated, n)
	}
}

func FuzzArchive(f *testing.F) {
	fuzzSeeds(f, "*.npz")
	f.Fuzz(func(t *testing.T, data []byte) {
		ar, err := NewArchive(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		for _, name := range ar.Names() {
			h, err := ar.Header(name)
			if err != nil {
				continue
			}
			a, err := LoadFrom[float64](ar, name)
			if h.DType() != "float64" {
				if err == nil {
					t.Fatalf("%s holds %s but loaded as float64", name, h.DType())
				}
				continue
			}
			if err == nil && !slices.Equal(a.Shape(), h.Shape) {
				t.Fatalf("%s: shape %v, header says %v", name, a.Shape(), h.Shape)
			}
		}
	})
}
