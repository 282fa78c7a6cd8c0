package ndarray

import (
	"math"
	"math/rand"
	"runtime"
	"strings"
	"testing"
)

//lint:file-ignore VC1005 these tests write through views, copies and read-only views on purpose, to check what the library does

func TestBinaryOps(t *testing.T) {
	m := FromSlice([]int{1, 2, 3, 4, 5, 6}, 2, 3)
	row := FromSlice([]int{10, 20, 30})
	col := FromSlice([]int{100, 200}, 2, 1)
	for _, tc := range []struct {
		name  string
		got   *Array[int]
		shape []int
		want  []int
	}{
		{"Add same shape", Add(m, m), []int{2, 3}, []int{2, 4, 6, 8, 10, 12}},
		{"Add row", Add(m, row), []int{2, 3}, []int{11, 22, 33, 14, 25, 36}},
		{"Add row first", Add(row, m), []int{2, 3}, []int{11, 22, 33, 14, 25, 36}},
		{"Add column", Add(m, col), []int{2, 3}, []int{101, 102, 103, 204, 205, 206}},
		{"Add outer", Add(col, row), []int{2, 3}, []int{110, 120, 130, 210, 220, 230}},
		{"Add 0-d", Add(m, Full(1)), []int{2, 3}, []int{2, 3, 4, 5, 6, 7}},
		{"Add 0-d 0-d", Add(Full(2), Full(3)), []int{}, []int{5}},
		{"Add empty", Add(Zeros[int](0, 3), row), []int{0, 3}, []int{}},
		{"Add empty broadcast", Add(Zeros[int](2, 0), Zeros[int](1, 1)), []int{2, 0}, []int{}},
		{"Sub row", Sub(m, row), []int{2, 3}, []int{-9, -18, -27, -6, -15, -24}},
		{"Sub row first", Sub(row, m), []int{2, 3}, []int{9, 18, 27, 6, 15, 24}},
		{"Mul column", Mul(m, col), []int{2, 3}, []int{100, 200, 300, 800, 1000, 1200}},
		{"Div truncates", Div(row, FromSlice([]int{3, 7, -4})), []int{3}, []int{3, 2, -7}},
		{"Div scalar first", Div(Full(60), row), []int{3}, []int{6, 3, 2}},
		{"Add reversed view", Add(m.Slice(All(), Step(End, End, -1)), row), []int{2, 3}, []int{13, 22, 31, 16, 25, 34}},
		{"Add transposed", Add(m.Transpose(), col.Transpose()), []int{3, 2}, []int{101, 204, 102, 205, 103, 206}},
		{"Mul stepped", Mul(m.Slice(All(), Step(0, End, 2)), m.Slice(All(), Step(0, End, 2))), []int{2, 2}, []int{1, 9, 16, 36}},
	} {
		if !sameInts(tc.got.shape, tc.shape) {
			t.Errorf("%s: shape %v, want %v", tc.name, tc.got.shape, tc.shape)
			continue
		}
		if !tc.got.OwnsData() || !tc.got.IsContiguous() {
			t.Errorf("%s: result is not a fresh C-ordered array", tc.name)
		}
		checkElems(t, tc.name, tc.got, tc.want)
	}
	// The operands are not changed.
	checkElems(t, "operand after ops", m, []int{1, 2, 3, 4, 5, 6})
}

func TestBinaryOpsFloatAndComplex(t *testing.T) {
	x := FromSlice([]float64{1, -1, 0})
	got := Div(x, Zeros[float64](3))
	if v := got.At(0); !math.IsInf(v, 1) {
		t.Errorf("1/0 = %v, want +Inf", v)
	}
	if v := got.At(1); !math.IsInf(v, -1) {
		t.Errorf("-1/0 = %v, want -Inf", v)
	}
	if v := got.At(2); !math.IsNaN(v) {
		t.Errorf("0/0 = %v, want NaN", v)
	}
	c := FromSlice([]complex128{1 + 2i, 3 - 1i})
	checkElems(t, "complex Mul", Mul(c, c), []complex128{-3 + 4i, 8 - 6i})
	f := FromSlice([]float32{1.5, 2.5})
	checkElems(t, "float32 Sub", Sub(f, FromSlice([]float32{0.5})), []float32{1, 2})
}

func TestBinaryOpsErrors(t *testing.T) {
	a, b := Zeros[int](2, 3), Zeros[int](4)
	for name, f := range map[string]func(){
		"Add": func() { Add(a, b) },
		"Sub": func() { Sub(a, b) },
		"Mul": func() { Mul(a, b) },
		"Div": func() { Div(a, b) },
	} {
		kPanics(t, ErrShape, []string{name, "[2 3]", "[4]"}, f)
	}
	kPanics(t, ErrShape, []string{"Equal", "[2 3]", "[4]"}, func() { Equal(a, b) })
	kPanics(t, ErrShape, []string{"Greater", "[2 3]", "[4]"}, func() { Greater(a, b) })
	kPanics(t, ErrShape, []string{"AddAssign", "[2 3]", "[4]"}, func() { AddAssign(a, b) })
	// In-place ops broadcast src only: dst's shape cannot grow.
	kPanics(t, ErrShape, []string{"MulAssign", "[2 3]", "[3]"}, func() { MulAssign(Zeros[int](3), a) })
	ro := Zeros[int](3).BroadcastTo(2, 3)
	for name, f := range map[string]func(){
		"AddAssign":   func() { AddAssign(ro, a) },
		"SubAssign":   func() { SubAssign(ro, a) },
		"MulAssign":   func() { MulAssign(ro, a) },
		"DivAssign":   func() { DivAssign(ro, a) },
		"ScaleAssign": func() { ScaleAssign(ro, 2) },
	} {
		kPanics(t, ErrReadOnly, []string{name, "read-only"}, f)
	}
}

func TestIntegerDivisionByZeroPanicsLikeGo(t *testing.T) {
	for name, f := range map[string]func(){
		"Div":       func() { Div(FromSlice([]int{1, 2}), FromSlice([]int{1, 0})) },
		"DivAssign": func() { DivAssign(FromSlice([]int32{1, 2}), FromSlice([]int32{0})) },
	} {
		func() {
			defer func() {
				r := recover()
				err, ok := r.(runtime.Error)
				if !ok || !strings.Contains(err.Error(), "divide by zero") {
					t.Errorf("%s by zero: panic %v; want Go's integer divide by zero", name, r)
				}
			}()
			f()
		}()
	}
}

func TestInPlaceOps(t *testing.T) {
	m := FromSlice([]int{1, 2, 3, 4, 5, 6}, 2, 3)
	AddAssign(m, FromSlice([]int{10, 20, 30}))
	checkElems(t, "AddAssign row", m, []int{11, 22, 33, 14, 25, 36})
	SubAssign(m, FromSlice([]int{1, 2}, 2, 1))
	checkElems(t, "SubAssign column", m, []int{10, 21, 32, 12, 23, 34})
	MulAssign(m.Slice(All(), I(0)), Full(10))
	checkElems(t, "MulAssign through a column view", m, []int{100, 21, 32, 120, 23, 34})
	DivAssign(m, m.Slice(I(0), NewAxis(), S(0, 1))) // broadcast of an overlapping part
	checkElems(t, "DivAssign by m[0, :1]", m, []int{1, 0, 0, 1, 0, 0})
	ScaleAssign(m.Slice(All(), Step(End, End, -1)), 7)
	checkElems(t, "ScaleAssign reversed", m, []int{7, 0, 0, 7, 0, 0})

	// The classic overlapping updates, against explicit copies.
	a := kSeq(8)
	AddAssign(a.Slice(S(1, End)), a.Slice(S(0, -1)))
	checkElems(t, "a[1:] += a[:-1]", a, []int{0, 1, 3, 5, 7, 9, 11, 13})
	sq := kSeq(3, 3)
	AddAssign(sq, sq.Transpose())
	checkElems(t, "m += m.T", sq, []int{0, 4, 8, 4, 8, 12, 8, 12, 16})
	big := kSeq(100, 100)
	want := Add(big, big.Transpose())
	AddAssign(big, big.Transpose())
	checkElems(t, "100x100 m += m.T", big, kElems(want))
	f := FromSlice([]float64{1, 2, 4})
	DivAssign(f, f)
	checkElems(t, "f /= f", f, []float64{1, 1, 1})
	z := Full(3.0)
	ScaleAssign(z, 2)
	AddAssign(z, z)
	if z.At() != 12 {
		t.Fatalf("0-d in-place ops: got %v", z.At())
	}
}

func TestReductions(t *testing.T) {
	m := FromSlice([]int{3, -1, 4, 1, -5, 9, 2, 6}, 2, 4)
	for _, tc := range []struct {
		name          string
		a             *Array[int]
		sum, min, max int
		mean          float64
	}{
		{"whole", m, 19, -5, 9, 19.0 / 8},
		{"reversed columns", m.Slice(All(), Step(End, End, -1)), 19, -5, 9, 19.0 / 8},
		{"transposed", m.Transpose(), 19, -5, 9, 19.0 / 8},
		{"stepped", m.Slice(All(), Step(1, End, 2)), 15, -1, 9, 15.0 / 4},
		{"row", m.Slice(I(1)), 12, -5, 9, 3},
		{"0-d", Full(-4), -4, -4, -4, -4},
		{"broadcast", FromSlice([]int{1, 2}).BroadcastTo(3, 2), 9, 1, 2, 1.5},
	} {
		if got := Sum(tc.a); got != tc.sum {
			t.Errorf("Sum(%s) = %d, want %d", tc.name, got, tc.sum)
		}
		if got := Min(tc.a); got != tc.min {
			t.Errorf("Min(%s) = %d, want %d", tc.name, got, tc.min)
		}
		if got := Max(tc.a); got != tc.max {
			t.Errorf("Max(%s) = %d, want %d", tc.name, got, tc.max)
		}
		if got := Mean(tc.a); got != tc.mean {
			t.Errorf("Mean(%s) = %v, want %v", tc.name, got, tc.mean)
		}
	}
	empty := Zeros[float64](3, 0)
	if Sum(empty) != 0 {
		t.Errorf("Sum of empty = %v", Sum(empty))
	}
	if !math.IsNaN(Mean(empty)) {
		t.Errorf("Mean of empty = %v, want NaN", Mean(empty))
	}
	kPanics(t, ErrValue, []string{"Min", "[3 0]"}, func() { Min(empty) })
	kPanics(t, ErrValue, []string{"Max", "[0]"}, func() { Max(Zeros[int8](0)) })

	// Mean converts to float64 first: int8 sums would overflow.
	i8 := Full[int8](100, 10)
	if Sum(i8) != int8(1000%256-256) || Mean(i8) != 100 {
		t.Errorf("int8: Sum %d (wraps like Go), Mean %v (want 100)", Sum(i8), Mean(i8))
	}
	f := FromSlice([]float64{1, math.NaN(), -3})
	if !math.IsNaN(Min(f)) || !math.IsNaN(Max(f)) || !math.IsNaN(Sum(f)) {
		t.Errorf("NaN does not propagate: Min %v Max %v Sum %v", Min(f), Max(f), Sum(f))
	}
	c := FromSlice([]complex64{1 + 1i, 2 - 3i})
	if Sum(c) != 3-2i {
		t.Errorf("complex Sum = %v", Sum(c))
	}
}

func TestComparisons(t *testing.T) {
	a := FromSlice([]int{1, 5, 3, 7}, 2, 2)
	b := FromSlice([]int{3, 5})
	for _, tc := range []struct {
		name string
		got  *Array[bool]
		want []bool
	}{
		{"Equal", Equal(a, b), []bool{false, true, true, false}},
		{"NotEqual", NotEqual(a, b), []bool{true, false, false, true}},
		{"Less", Less(a, b), []bool{true, false, false, false}},
		{"LessEqual", LessEqual(a, b), []bool{true, true, true, false}},
		{"Greater", Greater(a, b), []bool{false, false, false, true}},
		{"GreaterEqual", GreaterEqual(a, b), []bool{false, true, true, true}},
		{"Greater operands swapped", Greater(b, a), []bool{true, false, false, false}},
		{"Less transposed", Less(a.Transpose(), b), []bool{true, true, false, false}},
	} {
		if !sameInts(tc.got.shape, []int{2, 2}) {
			t.Errorf("%s: shape %v", tc.name, tc.got.shape)
		}
		checkElems(t, tc.name, tc.got, tc.want)
	}
	nan := FromSlice([]float64{math.NaN(), 1})
	checkElems(t, "NaN == NaN", Equal(nan, nan), []bool{false, true})
	checkElems(t, "NaN < 2", Less(nan, Full(2.0)), []bool{false, true})
	checkElems(t, "bool Equal", Equal(FromSlice([]bool{true, false}), Full(true)), []bool{true, false})
	checkElems(t, "complex NotEqual", NotEqual(FromSlice([]complex128{1i, 2}), Full[complex128](2)), []bool{true, false})
}

func TestMatMul(t *testing.T) {
	a := FromSlice([]int{1, 2, 3, 4, 5, 6}, 2, 3)
	b := FromSlice([]int{7, 8, 9, 10, 11, 12}, 3, 2)
	checkElems(t, "a @ b", MatMul(a, b), []int{58, 64, 139, 154})
	// Strided operands: a.T @ a.T.T == a.T @ a.
	at := a.Transpose()
	got := MatMul(at, a)
	want := []int{17, 22, 27, 22, 29, 36, 27, 36, 45}
	checkElems(t, "a.T @ a", got, want)
	if !sameInts(got.shape, []int{3, 3}) {
		t.Errorf("a.T @ a shape %v", got.shape)
	}
	checkElems(t, "empty inner", MatMul(Zeros[int](2, 0), Zeros[int](0, 2)), []int{0, 0, 0, 0})
	kPanics(t, ErrShape, []string{"MatMul", "[2 3]", "[2 3]"}, func() { MatMul(a, a) })
	kPanics(t, ErrShape, []string{"MatMul", "[3]"}, func() { MatMul(Zeros[int](3), a) })

	r := rand.New(rand.NewSource(9))
	x := kStrided[float64](r, []int{7, 5})
	y := kStrided[float64](r, []int{5, 6})
	p := MatMul(x, y)
	for i := range 7 {
		for j := range 6 {
			var s float64
			for k := range 5 {
				s += x.At(i, k) * y.At(k, j)
			}
			if p.At(i, j) != s {
				t.Fatalf("MatMul of strided operands at (%d, %d): %v, want %v", i, j, p.At(i, j), s)
			}
		}
	}
}

func TestBroadcastShapes(t *testing.T) {
	for _, tc := range []struct{ a, b, want []int }{
		{[]int{2, 3}, []int{3}, []int{2, 3}},
		{[]int{2, 1}, []int{1, 3}, []int{2, 3}},
		{[]int{}, []int{4, 5}, []int{4, 5}},
		{[]int{5, 1, 4}, []int{3, 1}, []int{5, 3, 4}},
		{[]int{0, 1}, []int{1, 7}, []int{0, 7}},
		{[]int{1}, []int{0}, []int{0}},
	} {
		if got := broadcastShapes("t", tc.a, tc.b); !sameInts(got, tc.want) {
			t.Errorf("broadcast %v %v = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	kPanics(t, ErrShape, []string{"[5 2 4]", "[3 1]", "axis 1"}, func() { broadcastShapes("t", []int{5, 2, 4}, []int{3, 1}) })
	kPanics(t, ErrShape, []string{"[0]", "[2]"}, func() { broadcastShapes("t", []int{0}, []int{2}) })
	v := FromSlice([]int{1, 2, 3}).broadcastView("t", []int{2, 3})
	if v.Writable() || !sameInts(v.strides, []int{0, 1}) {
		t.Errorf("internal broadcast view: writable %v strides %v", v.Writable(), v.strides)
	}
}

func TestBinaryOpsLargeResults(t *testing.T) {
	// From uninitMin bytes on, the result's memory is not zeroed first:
	// every element must be written, whatever the operands' layouts.
	const rows, cols = 300, 250 // 75000 elements
	if rows*cols*8 < uninitMin {
		t.Fatal("arrays too small to reach the uninitialized path")
	}
	full := Zeros[int64](rows, cols)
	for i := range full.data {
		full.data[i] = int64(i%1000 + 1)
	}
	row := Zeros[int64](cols)
	for i := range row.data {
		row.data[i] = int64(i%7 + 1)
	}
	transposed := Zeros[int64](cols, rows).Transpose() // full shape, not contiguous
	for i := range transposed.data {
		transposed.data[i] = int64(i%11 + 1)
	}
	ops := []struct {
		name string
		f    func(a, b *Array[int64]) *Array[int64]
		ref  func(x, y int64) int64
	}{
		{"Add", Add[int64], func(x, y int64) int64 { return x + y }},
		{"Sub", Sub[int64], func(x, y int64) int64 { return x - y }},
		{"Mul", Mul[int64], func(x, y int64) int64 { return x * y }},
		{"Div", Div[int64], func(x, y int64) int64 { return x / y }},
	}
	for _, op := range ops {
		for _, pair := range []struct {
			name string
			a, b *Array[int64]
		}{
			{"full, row", full, row},
			{"row, full", row, full},
			{"full, full", full, full},
			{"transposed, full", transposed, full},
			{"full, transposed", full, transposed},
			{"transposed, row", transposed, row},
		} {
			aBefore, bBefore := kElems(pair.a), kElems(pair.b)
			got := op.f(pair.a, pair.b)
			av := kElems(pair.a.broadcastView("t", got.shape))
			bv := kElems(pair.b.broadcastView("t", got.shape))
			want := make([]int64, len(av))
			for i := range av {
				want[i] = op.ref(av[i], bv[i])
			}
			checkElems(t, op.name+"("+pair.name+")", got, want)
			if !got.OwnsData() || !got.IsContiguous() || len(got.data) != rows*cols {
				t.Fatalf("%s(%s): result is not a fresh C-ordered array of %d elements", op.name, pair.name, rows*cols)
			}
			if !kEqual(kElems(pair.a), aBefore) || !kEqual(kElems(pair.b), bBefore) {
				t.Fatalf("%s(%s) changed an operand", op.name, pair.name)
			}
		}
	}
}
