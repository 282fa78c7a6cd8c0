package npy

import (
	"archive/zip"
	"bytes"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/viewcheck/viewcheck/ndarray"
)

func TestArchiveRoundTrip(t *testing.T) {
	weights := ndarray.Arange[float32](12).Reshape(3, 4)
	labels := ndarray.FromSlice([]int64{3, 1, 4, 1, 5})
	mask := ndarray.FromSlice([]bool{true, false, false, true}, 2, 2)
	for _, c := range []Compression{Stored, Deflated} {
		path := filepath.Join(t.TempDir(), "a.npz")
		aw, err := CreateArchive(path, c)
		if err != nil {
			t.Fatal(err)
		}
		for _, err := range []error{
			SaveTo(aw, "weights", weights.Transpose()),
			SaveTo(aw, "labels.npy", labels),
			SaveTo(aw, "mask", mask),
		} {
			if err != nil {
				t.Fatal(err)
			}
		}
		if err := SaveTo(aw, "labels", labels); err == nil || !strings.Contains(err.Error(), `already holds an array "labels"`) {
			t.Errorf("a second array named labels: error %v", err)
		}
		if err := SaveTo(aw, "", labels); err == nil {
			t.Errorf("an empty name: no error")
		}
		if err := aw.Close(); err != nil {
			t.Fatal(err)
		}

		ar, err := OpenArchive(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := ar.Names(); !slices.Equal(got, []string{"weights", "labels", "mask"}) {
			t.Errorf("Names() = %q", got)
		}
		w, err := LoadFrom[float32](ar, "weights")
		if err != nil || w.String() != weights.Transpose().String() || w.IsContiguous() {
			t.Errorf("weights: %v, %v (contiguous %v)", w, err, w != nil && w.IsContiguous())
		}
		l, err := LoadFrom[int64](ar, "labels.npy")
		if err != nil || !slices.Equal(elements(l), []int64{3, 1, 4, 1, 5}) {
			t.Errorf("labels: %v, %v", l, err)
		}
		m, err := LoadFrom[bool](ar, "mask")
		if err != nil || m.String() != mask.String() {
			t.Errorf("mask: %v, %v", m, err)
		}
		if h, err := ar.Header("weights"); err != nil || h.DType() != "float32" || !h.FortranOrder || !slices.Equal(h.Shape, []int{4, 3}) {
			t.Errorf("Header(weights) = %+v, %v", h, err)
		}
		if _, err := LoadFrom[float64](ar, "weights"); err == nil || !strings.HasPrefix(err.Error(), "weights: npy: the file holds float32") {
			t.Errorf("weights as float64: %v", err)
		}
		if _, err := LoadFrom[float64](ar, "bias"); err == nil || !strings.Contains(err.Error(), `no array "bias" in the archive`) {
			t.Errorf("a missing name: %v", err)
		}
		if err := ar.Close(); err != nil {
			t.Error(err)
		}
	}
}

// zipOf builds a zip archive whose entries hold the given bytes.
func zipOf(t *testing.T, method uint16, entries ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i < len(entries); i += 2 {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: entries[i], Method: method})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(entries[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestArchiveLies gives archives whose members claim more data than they
// hold: they fail as short files, without allocating what they claim.
func TestArchiveLies(t *testing.T) {
	huge := string(npyFile(1, `{'descr': '<f8', 'fortran_order': False, 'shape': (10000, 20000), }`, make([]byte, 64)))
	for _, method := range []uint16{zip.Store, zip.Deflate} {
		data := zipOf(t, method, "x.npy", huge)
		ar, err := NewArchive(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		before := heapAllocs()
		_, err = LoadFrom[float64](ar, "x")
		if allocated := heapAllocs() - before; allocated > 4<<20 {
			t.Errorf("method %d: allocated %d bytes", method, allocated)
		}
		if err == nil || !strings.Contains(err.Error(), "file too short: need 1600000000 bytes, got 64") {
			t.Errorf("method %d: error %v", method, err)
		}
	}
}

// TestArchiveStoredIsRead checks that a stored member is read directly
// (its length is known) and a deflated one in chunks, with the same result.
func TestArchiveStoredIsRead(t *testing.T) {
	a := ndarray.Arange[float64](400000) // 3.2 MB: over the first chunk
	for _, c := range []Compression{Stored, Deflated} {
		var buf bytes.Buffer
		aw := NewArchiveWriter(&buf, c)
		if err := SaveTo(aw, "a", a); err != nil {
			t.Fatal(err)
		}
		aw.Close()
		ar, err := NewArchive(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		rc, err := ar.open("a")
		if err != nil {
			t.Fatal(err)
		}
		_, sized := rc.(interface{ Len() int })
		rc.Close()
		if sized != (c == Stored) {
			t.Errorf("compression %d: member reader knows its length: %v", c, sized)
		}
		b, err := LoadFrom[float64](ar, "a")
		if err != nil || !slices.Equal(elements(b), elements(a)) {
			t.Errorf("compression %d: %v", c, err)
		}
	}
}

func TestArchiveErrors(t *testing.T) {
	if _, err := NewArchive(bytes.NewReader([]byte("not a zip")), 9); err == nil || !strings.Contains(err.Error(), "reading .npz archive") {
		t.Errorf("not a zip: %v", err)
	}
	dup := zipOf(t, zip.Store, "a", "x", "a.npy", "y")
	if _, err := NewArchive(bytes.NewReader(dup), int64(len(dup))); err == nil || !strings.Contains(err.Error(), `holds "a" twice`) {
		t.Errorf("duplicate names: %v", err)
	}
	// Names that would be unsafe to extract are only looked up here.
	odd := zipOf(t, zip.Store, "../up.npy", "x", "dir/", "")
	ar, err := NewArchive(bytes.NewReader(odd), int64(len(odd)))
	if err != nil {
		t.Fatalf("archive with an odd name: %v", err)
	}
	if !slices.Equal(ar.Names(), []string{"../up"}) {
		t.Errorf("Names() = %q", ar.Names())
	}
	if _, err := LoadFrom[int8](ar, "../up"); err == nil || !strings.Contains(err.Error(), "file too short") {
		t.Errorf("a member that is not a .npy file: %v", err)
	}
	if _, err := OpenArchive(filepath.Join(t.TempDir(), "missing.npz")); err == nil {
		t.Errorf("a missing file: no error")
	}
	if _, err := LoadFile[int8](filepath.Join(fixtureDir, "stored.npz")); err == nil || !strings.Contains(err.Error(), "use OpenArchive") {
		t.Errorf("Load of an archive: %v", err)
	}
}

func TestArchiveWriterErrors(t *testing.T) {
	aw := NewArchiveWriter(&failingWriter{after: 100}, Deflated)
	err := SaveTo(aw, "a", ndarray.Arange[float64](100000))
	if err == nil {
		err = aw.Close()
	}
	if !errors.Is(err, errDiskFull) {
		t.Errorf("writer failing: error %v", err)
	}
	if _, err := CreateArchive(filepath.Join(t.TempDir(), "no", "dir.npz"), Stored); err == nil {
		t.Errorf("CreateArchive in a missing directory: no error")
	}
}
