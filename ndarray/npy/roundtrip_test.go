package npy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/viewcheck/viewcheck/ndarray"
)

// numpyPython returns a Python that can import NumPy. Debian's python3-numpy
// installs into /usr/bin/python3, which may not be the python3 first on
// PATH (pyenv, virtualenvs), so both are tried.
func numpyPython() (string, bool) {
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import numpy").Run() == nil {
			return py, true
		}
	}
	return "", false
}

// goCase is an array saved by Go, with what NumPy must read.
type goCase struct {
	name    string
	save    func(path string) error
	addTo   func(aw *ArchiveWriter) error
	descr   string
	fortran bool
	check   func(t *testing.T, what string, got arrayDesc)
}

func newCase[T ndarray.Elem](name string, a *ndarray.Array[T], descr string, fortran bool) goCase {
	return goCase{
		name:    name,
		save:    func(path string) error { return SaveFile(path, a) },
		addTo:   func(aw *ArchiveWriter) error { return SaveTo(aw, name, a) },
		descr:   descr,
		fortran: fortran,
		check: func(t *testing.T, what string, got arrayDesc) {
			t.Helper()
			if !slices.Equal(got.Shape, a.Shape()) {
				t.Errorf("%s: NumPy reads shape %v, want %v", what, got.Shape, a.Shape())
				return
			}
			checkValues(t, what, elements(a), got)
		},
	}
}

type celsiusRT float64

// TestNumPyLoadsGoFiles saves arrays of every element type and layout with
// Go and loads them with NumPy itself: NumPy must read the same dtype,
// shape, layout and values, and numpy.save must write the same bytes.
func TestNumPyLoadsGoFiles(t *testing.T) {
	py, ok := numpyPython()
	if !ok && os.Getenv("VIEWCHECK_REQUIRE_NUMPY") != "" {
		t.Fatal("VIEWCHECK_REQUIRE_NUMPY is set (as .ci/run sets it) but no python3 with NumPy was found")
	}
	if !ok {
		t.Skip("NumPy is not installed (python3 -c 'import numpy' fails; apt-get install python3-numpy): " +
			"the round trip through NumPy is skipped; the NumPy-written fixtures are still checked by TestNumPyFixtures")
	}
	le := func(s string) string { return string(nativeOrder) + s }
	m := ndarray.Arange[float64](24).Reshape(2, 3, 4)
	ndarray.ScaleAssign(m, 0.5)
	cases := []goCase{
		newCase("f8", m, le("f8"), false),
		newCase("f8_fortran", m.Transpose(), le("f8"), true),
		newCase("f8_axes", m.Transpose(1, 0, 2), le("f8"), false),
		newCase("f8_stepped", m.Slice(ndarray.All(), ndarray.Step(ndarray.End, ndarray.End, -2), ndarray.S(1, 4)), le("f8"), false),
		newCase("f8_special", ndarray.FromSlice([]float64{math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), math.SmallestNonzeroFloat64, math.MaxFloat64}), le("f8"), false),
		newCase("f4", ndarray.FromSlice([]float32{1.5, -2.25, float32(math.Inf(1)), math.MaxFloat32}, 2, 2), le("f4"), false),
		newCase("b1", ndarray.FromSlice([]bool{true, false, false, true, true, false}, 2, 3).Transpose(), "|b1", true),
		newCase("i1", ndarray.FromSlice([]int8{-128, -1, 0, 127}), "|i1", false),
		newCase("u1", ndarray.FromSlice([]uint8{0, 1, 254, 255}), "|u1", false),
		newCase("i2", ndarray.FromSlice([]int16{math.MinInt16, -1, 0, math.MaxInt16}), le("i2"), false),
		newCase("u2", ndarray.FromSlice([]uint16{0, 1, 65534, 65535}), le("u2"), false),
		newCase("i4", ndarray.FromSlice([]int32{math.MinInt32, -1, 0, math.MaxInt32}), le("i4"), false),
		newCase("u4", ndarray.FromSlice([]uint32{0, 1, math.MaxUint32 - 1, math.MaxUint32}), le("u4"), false),
		newCase("i8", ndarray.FromSlice([]int64{math.MinInt64, -1, 0, math.MaxInt64}), le("i8"), false),
		newCase("u8", ndarray.FromSlice([]uint64{0, 1, math.MaxUint64 - 1, math.MaxUint64}), le("u8"), false),
		newCase("int", ndarray.FromSlice([]int{-5, 7}), le("i"+strconv.Itoa(strconv.IntSize/8)), false),
		newCase("c8", ndarray.FromSlice([]complex64{1 + 2i, -3.5 - 4i, complex(float32(math.Inf(1)), 0)}), le("c8"), false),
		newCase("c16", ndarray.FromSlice([]complex128{1e-300 + 2i, complex(math.NaN(), -1)}, 2, 1), le("c16"), false),
		newCase("named", ndarray.FromSlice([]celsiusRT{-40, 36.6}), le("f8"), false),
		newCase("zero_d", ndarray.Full(int32(-7)), le("i4"), false),
		newCase("empty", ndarray.Zeros[float64](0, 3), le("f8"), false),
		newCase("empty_3d", ndarray.Zeros[uint16](2, 0, 5), le("u2"), false),
		newCase("broadcast", ndarray.Arange[int64](3).BroadcastTo(2, 3), le("i8"), false),
	}
	dir := t.TempDir()
	var paths []string
	for _, c := range cases {
		path := filepath.Join(dir, c.name+".npy")
		if err := c.save(path); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	for _, comp := range []Compression{Stored, Deflated} {
		path := filepath.Join(dir, fmt.Sprintf("archive%d.npz", comp))
		aw, err := CreateArchive(path, comp)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if err := c.addTo(aw); err != nil {
				t.Fatal(err)
			}
		}
		if err := aw.Close(); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}

	cmd := exec.Command(py, append([]string{filepath.Join("testdata", "numpy_roundtrip.py")}, paths...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("NumPy could not load the files: %v\n%s", err, stderr.Bytes())
	}
	var seen map[string]struct {
		arrayDesc
		Same bool `json:"same_as_numpy_save"`
	}
	if err := json.Unmarshal(out, &seen); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	for _, c := range cases {
		for _, key := range []string{c.name + ".npy", "archive0.npz/" + c.name, "archive1.npz/" + c.name} {
			got, ok := seen[key]
			if !ok {
				t.Errorf("%s: NumPy did not report it", key)
				continue
			}
			if got.Descr != c.descr || got.FortranOrder != c.fortran {
				t.Errorf("%s: NumPy reads descr %q, Fortran order %v; want %q, %v", key, got.Descr, got.FortranOrder, c.descr, c.fortran)
			}
			if !got.Same {
				t.Errorf("%s: numpy.save would write other bytes for the array NumPy read", key)
			}
			c.check(t, key, got.arrayDesc)
		}
	}
	if len(seen) != 3*len(cases) {
		t.Errorf("NumPy reported %d arrays, want %d", len(seen), 3*len(cases))
	}
}
