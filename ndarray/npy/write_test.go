package npy

import (
	"bytes"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/viewcheck/viewcheck/ndarray"
)

// saveLoad saves a, checks the header's fortran_order, and loads it back.
func saveLoad[T ndarray.Elem](t *testing.T, a *ndarray.Array[T], wantFortran bool) *ndarray.Array[T] {
	t.Helper()
	var buf bytes.Buffer
	if err := Save(&buf, a); err != nil {
		t.Fatal(err)
	}
	h, err := ReadHeader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if h.FortranOrder != wantFortran {
		t.Errorf("shape %v strides %v: fortran_order %v, want %v", a.Shape(), a.Strides(), h.FortranOrder, wantFortran)
	}
	if hdr := int64(buf.Len()) - h.DataLen(); hdr%64 != 0 {
		t.Errorf("file of %d bytes for %d bytes of data: the header (%d bytes) is not a multiple of 64", buf.Len(), h.DataLen(), hdr)
	}
	b, err := Load[T](bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(b.Shape(), a.Shape()) {
		t.Fatalf("shape %v after the round trip, want %v", b.Shape(), a.Shape())
	}
	if got, want := elements(b), elements(a); !slices.Equal(got, want) {
		t.Errorf("values %v after the round trip, want %v", got, want)
	}
	return b
}

func TestSaveLayouts(t *testing.T) {
	m := ndarray.Arange[float64](24).Reshape(2, 3, 4)
	saveLoad(t, m, false)
	// The transpose of a C-contiguous array is Fortran-contiguous: NumPy
	// writes its memory as it is, with fortran_order True, and so do we;
	// loading gives the transposed view again.
	back := saveLoad(t, m.Transpose(), true)
	if back.IsContiguous() || !back.Transpose().IsContiguous() {
		t.Errorf("a Fortran array loaded with strides %v, want a transposed view", back.Strides())
	}
	// Other views are written in C order.
	saveLoad(t, m.Transpose(1, 0, 2), false)
	saveLoad(t, m.Slice(ndarray.All(), ndarray.Step(ndarray.End, ndarray.End, -1), ndarray.S(1, 3)), false)
	saveLoad(t, m.Slice(ndarray.I(1), ndarray.All(), ndarray.Step(0, ndarray.End, 2)), false)
	saveLoad(t, ndarray.Arange[int16](4).BroadcastTo(3, 4), false)
	// A row or a column is both C and F contiguous: C, like NumPy.
	saveLoad(t, ndarray.Arange[int32](5).Reshape(1, 5), false)
	saveLoad(t, ndarray.Arange[int32](5).Reshape(5, 1).Transpose(), false)
	saveLoad(t, ndarray.Full(2.5), false)
	saveLoad(t, ndarray.Zeros[complex64](0, 3), false)
	saveLoad(t, ndarray.Zeros[complex64](3, 0).Transpose(), false)
	saveLoad(t, ndarray.FromSlice([]bool{true, false, true, true}, 2, 2).Transpose(), true)
	saveLoad(t, ndarray.FromSlice([]celsius{-40, 0, 100}), false)
}

// TestSaveGathersShortRuns saves an array whose contiguous runs are single
// elements, more of them than one write buffer holds.
func TestSaveGathersShortRuns(t *testing.T) {
	a := ndarray.Arange[uint64](3*writeBuf/8).Reshape(3, writeBuf/8).Transpose(1, 0)
	var w countingWriter
	if err := Save(&w, a.Slice(ndarray.All(), ndarray.Step(ndarray.End, ndarray.End, -1))); err != nil {
		t.Fatal(err)
	}
	if w.writes > 5 {
		t.Errorf("%d writes for %d bytes: short runs were not gathered", w.writes, w.n)
	}
	saveLoad(t, a.Slice(ndarray.All(), ndarray.Step(ndarray.End, ndarray.End, -1)), false)
	saveLoad(t, a, true)
}

type countingWriter struct{ n, writes int }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	w.writes++
	return len(p), nil
}

type failingWriter struct{ after int }

var errDiskFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.after {
		n := w.after
		w.after = 0
		return n, errDiskFull
	}
	w.after -= len(p)
	return len(p), nil
}

func TestSaveErrors(t *testing.T) {
	a := ndarray.Arange[float64](100000)
	for _, after := range []int{0, 10, 200, 500000} {
		err := Save(&failingWriter{after: after}, a)
		if !errors.Is(err, errDiskFull) {
			t.Errorf("writer failing after %d bytes: error %v", after, err)
		}
	}
	strided := a.Slice(ndarray.Step(0, ndarray.End, 3))
	if err := Save(&failingWriter{after: 1000}, strided); !errors.Is(err, errDiskFull) {
		t.Errorf("strided array, writer failing: error %v", err)
	}
	shape := make([]int, MaxDims+1)
	for i := range shape {
		shape[i] = 1
	}
	if err := Save(&countingWriter{}, ndarray.Zeros[int8](shape...)); err == nil || !strings.Contains(err.Error(), "65 dimensions") {
		t.Errorf("saving a 65-d array: error %v", err)
	}
	if err := SaveFile(filepath.Join(t.TempDir(), "no", "such", "dir.npy"), a); err == nil {
		t.Errorf("SaveFile into a missing directory: no error")
	}
}

func TestSaveFileLoadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.npy")
	a := ndarray.Arange[int64](12).Reshape(3, 4)
	if err := SaveFile(path, a); err != nil {
		t.Fatal(err)
	}
	b, err := LoadFile[int64](path)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != a.String() {
		t.Errorf("loaded\n%v\nwant\n%v", b, a)
	}
	if !b.Writable() || b.Base() != nil || b.OwnsData() || ndarray.SharesMemory(a, b) {
		t.Errorf("a loaded array must be a writable wrapped slice of its own")
	}
	// A 0-d array too.
	if err := SaveFile(path, ndarray.Full[int64](5)); err != nil {
		t.Fatal(err)
	}
	if z, err := LoadFile[int64](path); err != nil || z.Ndim() != 0 || z.At() != 5 || !z.Writable() || z.Base() != nil || z.OwnsData() {
		t.Errorf("0-d array: %v, %v (ndim %d)", z, err, z.Ndim())
	}
	if _, err := LoadFile[int32](path); err == nil || !strings.Contains(err.Error(), "holds int64") {
		t.Errorf("LoadFile as int32: %v", err)
	}
}
