package ndarray_test

import (
	"math/rand"
	"runtime"
	"sync"
	"testing"

	"github.com/viewcheck/viewcheck/ndarray"
)

// The benchmarks named Benchmark4096* are the ones scripts/bench-ndarray.sh
// puts side by side with scripts/bench_numpy.py, which times the same
// operations in NumPy. Each works on 4096 x 4096 float64 arrays (128 MiB
// each), far larger than any cache, so they measure memory traffic the way
// real workloads see it.
//
// Besides Go's wall-clock ns/op each reports cpu-ns/op, the CPU time the
// whole process used per operation (including the garbage collector's
// background work), and faults/op, the page faults it took per operation:
// each first touch of memory fresh from the operating system costs one per
// 4 KiB page, which in a virtual machine can cost more than the copy into
// it. On a machine shared with other jobs wall time mostly
// measures waiting for a core; CPU time is what the NumPy script compares
// against.

const benchN = 4096

var (
	benchOnce    sync.Once
	benchA       *ndarray.Array[float64]
	benchB       *ndarray.Array[float64]
	benchOut     *ndarray.Array[float64]
	benchRows    []int
	benchStepOut *ndarray.Array[float64]
)

// benchSetup makes the arrays once per process and starts the CPU clock.
// Benchmarks that allocate pass their operation as warm: it runs first
// until the garbage-collected heap has reached its steady size, which is
// what a long-running program sees. Until then every allocation maps fresh
// memory from the operating system, whose first touch costs a page fault
// per 4 KiB page. (NumPy maps its large arrays afresh on every allocation,
// but asks for huge pages, so it takes one fault per 2 MiB; the NumPy
// script too runs each operation before it times it.)
func benchSetup(b *testing.B, warm func()) {
	benchOnce.Do(func() {
		r := rand.New(rand.NewSource(1))
		data := make([]float64, benchN*benchN)
		for i := range data {
			data[i] = r.Float64()
		}
		benchA = ndarray.FromSlice(data, benchN, benchN)
		for i := range data {
			data[i] = r.Float64()
		}
		benchB = ndarray.FromSlice(data, benchN, benchN)
		// Fresh pages are mapped on first touch; write them now so that the
		// first timed operation does not pay for it (the NumPy script warms
		// up likewise).
		benchOut = ndarray.Zeros[float64](benchN, benchN)
		benchOut.Fill(1)
		benchStepOut = ndarray.Zeros[float64](benchN/2, benchN/2)
		benchStepOut.Fill(1)
		benchRows = make([]int, benchN/2)
		for i := range benchRows {
			benchRows[i] = r.Intn(benchN)
		}
	})
	if warm != nil {
		// Until two collections have run the heap is still growing, and
		// every operation maps (and faults in) fresh memory; that takes
		// dozens of runs when each allocates a quarter of the live heap.
		cycles := gcCycles()
		for i := 0; i < 8 || gcCycles() < cycles+2 && i < 500; i++ {
			warm()
		}
	}
	b.SetBytes(benchN * benchN * 8)
	start, startFaults := processCPU(), pageFaults()
	b.Cleanup(func() {
		if end := processCPU(); start >= 0 && end >= 0 && b.N > 0 {
			b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
		}
		if end := pageFaults(); startFaults >= 0 && end >= 0 && b.N > 0 {
			b.ReportMetric(float64(end-startFaults)/float64(b.N), "faults/op")
		}
	})
	b.ResetTimer()
}

// np.copyto(out, a)
func Benchmark4096CopyContiguous(b *testing.B) {
	benchSetup(b, nil)
	for b.Loop() {
		benchOut.Assign(benchA)
	}
}

// a.copy()
func Benchmark4096CopyFresh(b *testing.B) {
	benchSetup(b, func() { _ = benchA.Copy() })
	for b.Loop() {
		_ = benchA.Copy()
	}
}

// np.copyto(out, a.T)
func Benchmark4096CopyTransposed(b *testing.B) {
	benchSetup(b, nil)
	for b.Loop() {
		benchOut.Assign(benchA.Transpose())
	}
}

// a[::2, ::2].copy()
func Benchmark4096CopyStepped(b *testing.B) {
	benchSetup(b, func() { _ = benchA.Slice(ndarray.Step(0, ndarray.End, 2), ndarray.Step(0, ndarray.End, 2)).Copy() })
	b.SetBytes(benchN * benchN * 8 / 4)
	for b.Loop() {
		_ = benchA.Slice(ndarray.Step(0, ndarray.End, 2), ndarray.Step(0, ndarray.End, 2)).Copy()
	}
}

// np.copyto(out2, a[::2, ::2])
func Benchmark4096AssignStepped(b *testing.B) {
	benchSetup(b, nil)
	b.SetBytes(benchN * benchN * 8 / 4)
	for b.Loop() {
		benchStepOut.Assign(benchA.Slice(ndarray.Step(0, ndarray.End, 2), ndarray.Step(0, ndarray.End, 2)))
	}
}

// a + b
func Benchmark4096Add(b *testing.B) {
	benchSetup(b, func() { _ = ndarray.Add(benchA, benchB) })
	for b.Loop() {
		_ = ndarray.Add(benchA, benchB)
	}
}

// out += b
func Benchmark4096AddAssign(b *testing.B) {
	benchSetup(b, nil)
	for b.Loop() {
		ndarray.AddAssign(benchOut, benchB)
	}
}

// a.sum()
func Benchmark4096Sum(b *testing.B) {
	benchSetup(b, nil)
	var s float64
	for b.Loop() {
		s += ndarray.Sum(benchA)
	}
	_ = s
}

// a.take(rows, axis=0) with 2048 random rows
func Benchmark4096TakeRows(b *testing.B) {
	benchSetup(b, func() { _ = benchA.Take(benchRows, 0) })
	b.SetBytes(int64(len(benchRows)) * benchN * 8)
	for b.Loop() {
		_ = benchA.Take(benchRows, 0)
	}
}

// np.shares_memory(a[:, ::2], a[:, 1::2]): interleaved views that do not
// share an element, which a bounds check cannot decide.
func Benchmark4096SharesMemoryInterleaved(b *testing.B) {
	benchSetup(b, nil)
	b.SetBytes(0)
	x := benchA.Slice(ndarray.All(), ndarray.Step(0, ndarray.End, 2))
	y := benchA.Slice(ndarray.All(), ndarray.Step(1, ndarray.End, 2))
	for b.Loop() {
		if ndarray.SharesMemory(x, y) {
			b.Fatal("even and odd columns share memory")
		}
	}
}

// np.shares_memory(a[:2048], a[1024:]): row blocks that do overlap.
func Benchmark4096SharesMemoryRows(b *testing.B) {
	benchSetup(b, nil)
	b.SetBytes(0)
	x := benchA.Slice(ndarray.S(0, benchN/2), ndarray.All())
	y := benchA.Slice(ndarray.S(benchN/4, ndarray.End), ndarray.All())
	for b.Loop() {
		if !ndarray.SharesMemory(x, y) {
			b.Fatal("overlapping row blocks do not share memory")
		}
	}
}

// gcCycles returns how many garbage collections have completed.
func gcCycles() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}
