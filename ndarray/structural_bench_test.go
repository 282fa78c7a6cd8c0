package ndarray

import (
	"math/rand"
	"testing"
)

// Benchmarks of the structural operations on 1024 x 1024 float64 arrays
// (8 MiB). Views should cost a few small allocations whatever the size;
// copies and scatters should run at memory speed.

const structN = 1024

func structSetup(b *testing.B) (*Array[float64], *Array[bool], []int) {
	r := rand.New(rand.NewSource(1))
	data := make([]float64, structN*structN)
	bits := make([]bool, structN*structN)
	for i := range data {
		data[i] = r.Float64()
		bits[i] = data[i] < 0.5
	}
	idx := make([]int, structN/2)
	for i := range idx {
		idx[i] = r.Intn(structN)
	}
	b.ResetTimer()
	return FromSlice(data, structN, structN), FromSlice(bits, structN, structN), idx
}

func BenchmarkStructSliceView(b *testing.B) {
	a, _, _ := structSetup(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Slice(Step(End, End, -2), S(1, -1))
	}
}

func BenchmarkStructReshapeView(b *testing.B) {
	a, _, _ := structSetup(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Reshape(structN/2, 2, -1)
	}
}

// Reshape of a transposed matrix to 1-D must copy.
func BenchmarkStructReshapeCopyTransposed(b *testing.B) {
	a, _, _ := structSetup(b)
	t := a.Transpose()
	b.SetBytes(structN * structN * 8)
	for b.Loop() {
		_ = t.Reshape(-1)
	}
}

func BenchmarkStructTakeColumns(b *testing.B) {
	a, _, idx := structSetup(b)
	b.SetBytes(int64(len(idx)) * structN * 8)
	for b.Loop() {
		_ = a.Take(idx, 1)
	}
}

func BenchmarkStructPutRows(b *testing.B) {
	a, _, idx := structSetup(b)
	v := Full(1.0, structN)
	b.SetBytes(int64(len(idx)) * structN * 8)
	for b.Loop() {
		a.Put(idx, 0, v)
	}
}

func BenchmarkStructMask(b *testing.B) {
	a, m, _ := structSetup(b)
	b.SetBytes(structN * structN * 8)
	for b.Loop() {
		_ = a.Mask(m)
	}
}

func BenchmarkStructPutMask(b *testing.B) {
	a, m, _ := structSetup(b)
	v := Full(2.0)
	b.SetBytes(structN * structN * 8)
	for b.Loop() {
		a.PutMask(m, v)
	}
}
