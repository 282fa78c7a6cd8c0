package npy

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The fixtures in testdata/numpy were written by NumPy itself, by
// scripts/gen_npy_fixtures.py; manifest.json says what each holds.

const fixtureDir = "testdata/numpy"

type manifest struct {
	NumPyVersion string `json:"numpy_version"`
	Arrays       []struct {
		File    string `json:"file"`
		Version []int  `json:"version"`
		arrayDesc
	} `json:"arrays"`
	Archives []struct {
		File    string               `json:"file"`
		Members map[string]arrayDesc `json:"members"`
	} `json:"archives"`
	Unsupported []struct {
		File  string `json:"file"`
		Descr string `json:"descr"`
		Why   string `json:"why"`
	} `json:"unsupported"`
}

func readManifest(t *testing.T) manifest {
	t.Helper()
	var m manifest
	if err := json.Unmarshal(readFile(t, filepath.Join(fixtureDir, "manifest.json")), &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Arrays) < 30 || len(m.Archives) != 2 || len(m.Unsupported) < 5 {
		t.Fatalf("manifest lists %d arrays, %d archives, %d unsupported files: regenerate it with scripts/gen_npy_fixtures.py",
			len(m.Arrays), len(m.Archives), len(m.Unsupported))
	}
	return m
}

// TestNumPyFixtures loads every array NumPy wrote and compares it with the
// values NumPy reported.
func TestNumPyFixtures(t *testing.T) {
	m := readManifest(t)
	for _, f := range m.Arrays {
		t.Run(f.File, func(t *testing.T) {
			checkAny(t, source{path: filepath.Join(fixtureDir, f.File)}, f.arrayDesc)
			h := fixtureHeader(t, f.File)
			if h.Major != f.Version[0] || h.Minor != f.Version[1] {
				t.Errorf("version %d.%d, NumPy wrote %v", h.Major, h.Minor, f.Version)
			}
			if h.Descr != f.Descr || h.FortranOrder != f.FortranOrder || !slices.Equal(h.Shape, f.Shape) {
				t.Errorf("header %+v, NumPy wrote descr %q, fortran_order %v, shape %v", h, f.Descr, f.FortranOrder, f.Shape)
			}
		})
	}
}

func fixtureHeader(t *testing.T, file string) *Header {
	t.Helper()
	h, err := ReadHeader(bytes.NewReader(readFile(t, filepath.Join(fixtureDir, file))))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestSaveMatchesNumPy saves each loaded fixture again and compares the
// bytes with what numpy.save wrote: header, padding and data. A fixture in
// the other byte order must come out as its native-order twin, which holds
// the same values.
func TestSaveMatchesNumPy(t *testing.T) {
	m := readManifest(t)
	files := map[string]bool{}
	for _, f := range m.Arrays {
		files[f.File] = true
	}
	compared := 0
	for _, f := range m.Arrays {
		if f.Version[0] != 1 {
			continue // Save writes version 1.0, like numpy.save
		}
		path := filepath.Join(fixtureDir, f.File)
		want := readFile(t, path)
		order := f.Descr[0]
		if order != nativeOrder && order != '|' {
			twin := strings.Replace(f.File, "_be", "_le", 1)
			if nativeOrder == '>' {
				twin = strings.Replace(f.File, "_le", "_be", 1)
			}
			if twin == f.File || !files[twin] {
				continue // no twin in native order to compare with
			}
			want = readFile(t, filepath.Join(fixtureDir, twin))
		}
		got := checkAny(t, source{path: path}, f.arrayDesc)
		compared++
		if !bytes.Equal(got, want) {
			t.Errorf("%s: Save wrote\n%q\nnumpy.save wrote\n%q", f.File, clipBytes(got), clipBytes(want))
		}
	}
	if compared < 25 {
		t.Errorf("compared only %d files with NumPy's bytes", compared)
	}
}

func clipBytes(b []byte) []byte {
	if len(b) > 200 {
		return b[:200]
	}
	return b
}

func TestNumPyArchives(t *testing.T) {
	m := readManifest(t)
	for _, a := range m.Archives {
		t.Run(a.File, func(t *testing.T) {
			ar, err := OpenArchive(filepath.Join(fixtureDir, a.File))
			if err != nil {
				t.Fatal(err)
			}
			defer ar.Close()
			var names []string
			for name := range a.Members {
				names = append(names, name)
			}
			got := ar.Names()
			slices.Sort(got)
			slices.Sort(names)
			if !slices.Equal(got, names) {
				t.Errorf("Names() = %q, NumPy wrote %q", got, names)
			}
			for name, want := range a.Members {
				checkAny(t, source{ar: ar, name: name}, want)
				h, err := ar.Header(name)
				if err != nil {
					t.Errorf("Header(%q): %v", name, err)
				} else if h.Descr != want.Descr || !slices.Equal(h.Shape, want.Shape) {
					t.Errorf("Header(%q) = %+v, want descr %q shape %v", name, h, want.Descr, want.Shape)
				}
			}
			// numpy.load accepts the member's file name too.
			if _, err := LoadFrom[float32](ar, "weights.npy"); err != nil {
				t.Errorf(`LoadFrom(ar, "weights.npy"): %v`, err)
			}
		})
	}
}

// TestNumPyUnsupported checks that what ndarray cannot hold is rejected
// with an error that says what it is, by ReadHeader and by Load.
func TestNumPyUnsupported(t *testing.T) {
	m := readManifest(t)
	for _, u := range m.Unsupported {
		t.Run(u.File, func(t *testing.T) {
			data := readFile(t, filepath.Join(fixtureDir, u.File))
			_, err := ReadHeader(bytes.NewReader(data))
			if err == nil || !strings.Contains(err.Error(), u.Why) {
				t.Errorf("ReadHeader: error %v, want one that says %q", err, u.Why)
			}
			_, err = Load[float64](bytes.NewReader(data))
			if err == nil || !strings.Contains(err.Error(), u.Why) {
				t.Errorf("Load: error %v, want one that says %q", err, u.Why)
			}
		})
	}
}

// TestWrongType loads fixtures as a Go type of another kind or size; the
// error must name both element types.
func TestWrongType(t *testing.T) {
	loadInt := func(p string) error { _, err := LoadFile[int](p); return err }
	// A fixture whose integers are not the size of Go's int.
	intFile, intFileType, intType := "i4_be.npy", "int32", "int (int64)"
	if strconv.IntSize == 32 {
		intFile, intFileType, intType = "i8_le.npy", "int64", "int (int32)"
	}
	cases := []struct {
		file     string
		load     func(string) error
		fileType string
		goType   string
	}{
		{"f8_le.npy", func(p string) error { _, err := LoadFile[float32](p); return err }, "float64", "float32"},
		{"f4_le.npy", func(p string) error { _, err := LoadFile[float64](p); return err }, "float32", "float64"},
		{"i8_le.npy", func(p string) error { _, err := LoadFile[uint64](p); return err }, "int64", "uint64"},
		{intFile, loadInt, intFileType, intType},
		{"b1.npy", func(p string) error { _, err := LoadFile[uint8](p); return err }, "bool", "uint8"},
		{"c8_le.npy", func(p string) error { _, err := LoadFile[float64](p); return err }, "complex64", "float64"},
		{"f8_le.npy", func(p string) error { _, err := LoadFile[celsius32](p); return err }, "float64", "npy.celsius32 (float32)"},
	}
	for _, c := range cases {
		err := c.load(filepath.Join(fixtureDir, c.file))
		if err == nil {
			t.Errorf("%s as %s: no error", c.file, c.goType)
			continue
		}
		if !strings.Contains(err.Error(), "holds "+c.fileType+" ") || !strings.Contains(err.Error(), "as "+c.goType) {
			t.Errorf("%s as %s: error %q does not name both types", c.file, c.goType, err)
		}
	}
}

type (
	celsius32 float32
	celsius   float64
)

// TestNamedTypes loads into types whose underlying type matches the file.
func TestNamedTypes(t *testing.T) {
	a, err := LoadFile[celsius](filepath.Join(fixtureDir, "f8_3d.npy"))
	if err != nil {
		t.Fatal(err)
	}
	if got := a.At(2, 3, 4); got != 59.0/8 {
		t.Errorf("a[2, 3, 4] = %v, want %v", got, 59.0/8)
	}
	type id int64
	b, err := LoadFile[id](filepath.Join(fixtureDir, "i8_1d.npy"))
	if err != nil {
		t.Fatal(err)
	}
	if got := b.At(6); got != -18 {
		t.Errorf("b[6] = %v, want -18", got)
	}
}
