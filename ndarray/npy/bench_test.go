package npy

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/viewcheck/viewcheck/ndarray"
)

// The 128 MB benchmarks are the ones scripts/bench-npy.sh sets beside
// numpy.load and numpy.save; Memcopy is the memory speed they aim at. The
// files live in $TMPDIR (the script uses /dev/shm, so that no disk is timed).
// Besides wall time each reports cpu-ns/op, the CPU time of the process
// (user and system, so the kernel's copies count): on a machine shared with
// other jobs, wall time mostly measures waiting for a core.

// loop runs f b.N times and reports its CPU time per operation. It runs f
// once before, untimed, as scripts/bench_npy.py does for NumPy, so that the
// first fault-in of fresh memory and of the page cache is not timed.
func loop(b *testing.B, f func()) {
	f()
	start := processCPU()
	for b.Loop() {
		f()
	}
	if start >= 0 {
		b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op")
	}
}

func must(b *testing.B, err error) {
	if err != nil {
		b.Fatal(err)
	}
}

const benchElems = 128 << 20 / 8

func benchArray() *ndarray.Array[float64] { return ndarray.Arange[float64](benchElems) }

func benchFile(b *testing.B, a *ndarray.Array[float64]) string {
	path := filepath.Join(b.TempDir(), "bench.npy")
	if err := SaveFile(path, a); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkMemcopy128MB copies 128 MB into freshly allocated memory: what
// loading costs at the least, without the kernel's copy from the file.
func BenchmarkMemcopy128MB(b *testing.B) {
	src := make([]float64, benchElems)
	b.SetBytes(8 * benchElems)
	loop(b, func() {
		dst := make([]float64, benchElems)
		copy(dst, src)
	})
}

func BenchmarkLoad128MB(b *testing.B) {
	path := benchFile(b, benchArray())
	b.SetBytes(8 * benchElems)
	loop(b, func() {
		_, err := LoadFile[float64](path)
		must(b, err)
	})
}

func BenchmarkSave128MB(b *testing.B) {
	a := benchArray()
	path := filepath.Join(b.TempDir(), "bench.npy")
	b.SetBytes(8 * benchElems)
	loop(b, func() { must(b, SaveFile(path, a)) })
}

// BenchmarkLoad128MBSwapped loads a file in the other byte order, which is
// read in chunks and swapped while in cache.
func BenchmarkLoad128MBSwapped(b *testing.B) {
	var buf bytes.Buffer
	if err := Save(&buf, benchArray()); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	h, err := ReadHeader(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	hlen := len(data) - int(h.DataLen())
	other := "<f8"
	if nativeOrder == '<' {
		other = ">f8"
	}
	swapped := append(headerBytes(other, false, h.Shape), data[hlen:]...)
	swapBytes(swapped[hlen:], 8)
	path := filepath.Join(b.TempDir(), "swapped.npy")
	if err := os.WriteFile(path, swapped, 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(8 * benchElems)
	loop(b, func() {
		_, err := LoadFile[float64](path)
		must(b, err)
	})
}

// BenchmarkSave128MBTransposed saves a Fortran-contiguous view, which is
// written straight from memory like a C-contiguous one.
func BenchmarkSave128MBTransposed(b *testing.B) {
	a := benchArray().Reshape(4096, benchElems/4096).Transpose()
	path := filepath.Join(b.TempDir(), "bench.npy")
	b.SetBytes(8 * benchElems)
	loop(b, func() { must(b, SaveFile(path, a)) })
}

// BenchmarkLoad128MBUnknownLength loads from a reader that does not tell
// its length, which is read in growing chunks and copied once.
func BenchmarkLoad128MBUnknownLength(b *testing.B) {
	var buf bytes.Buffer
	if err := Save(&buf, benchArray()); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(8 * benchElems)
	loop(b, func() {
		_, err := Load[float64](unsized{bytes.NewReader(buf.Bytes())})
		must(b, err)
	})
}
