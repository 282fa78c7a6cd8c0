package ndarray

import (
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// The fast kernels (axis coalescing, reversed and sorted axes, the tiled
// transposed copy, pairwise sums) are checked against a reference built from
// the definition of strides alone: element (i0, i1, ...) lives at
// offset + i0*strides[0] + ....

// kOffsets returns the data offsets of a's elements in C order.
func kOffsets[T Elem](a *Array[T]) []int {
	n := 1
	for _, d := range a.shape {
		n *= d
	}
	if n == 0 {
		return nil
	}
	out := make([]int, 0, n)
	idx := make([]int, len(a.shape))
	for {
		off := a.offset
		for i, v := range idx {
			off += v * a.strides[i]
		}
		out = append(out, off)
		ax := len(idx) - 1
		for ; ax >= 0; ax-- {
			idx[ax]++
			if idx[ax] < a.shape[ax] {
				break
			}
			idx[ax] = 0
		}
		if ax < 0 {
			return out
		}
	}
}

// kElems returns a's elements in C order.
func kElems[T Elem](a *Array[T]) []T {
	var out []T
	for _, off := range kOffsets(a) {
		out = append(out, a.data[off])
	}
	return out
}

// kStrided returns a writable view of shape over a fresh parent buffer, with
// a random layout: axes permuted, steps of 1 to 3 in either direction, gaps
// at the ends. Element values are 1, 2, 3, ... in parent order (never zero,
// so that integer division by them is defined).
func kStrided[T Ordered](r *rand.Rand, shape []int) *Array[T] {
	k := len(shape)
	perm := r.Perm(k)
	steps := make([]int, k)
	pshape := make([]int, k)
	for i := range k {
		st := 1 + r.Intn(3)
		if r.Intn(3) == 0 {
			st = -st
		}
		if r.Intn(3) == 0 {
			st = 1
		}
		steps[i] = st
		pshape[perm[i]] = max(shape[i]*iabs(st), 1) + r.Intn(2)
	}
	n := 1
	for _, d := range pshape {
		n *= d
	}
	data := make([]T, n)
	for i := range data {
		data[i] = T(i%97 + 1)
	}
	parent := newOwner(data, pshape)
	off := 0
	strides := make([]int, k)
	for i := range k {
		s := parent.strides[perm[i]] * steps[i]
		strides[i] = s
		if s < 0 && shape[i] > 0 {
			off += (shape[i] - 1) * -s
		}
	}
	return parent.newView(off, append([]int(nil), shape...), strides)
}

// kShape returns a random shape of 0 to 4 axes; big allows lengths that
// exercise the tiled copy.
func kShape(r *rand.Rand, big bool) []int {
	k := r.Intn(5)
	shape := make([]int, k)
	for i := range shape {
		switch {
		case big && r.Intn(2) == 0:
			shape[i] = 16 + r.Intn(60)
		case r.Intn(12) == 0:
			shape[i] = 0
		default:
			shape[i] = 1 + r.Intn(5)
		}
	}
	if big && sizeProduct(shape) > 40000 {
		return kShape(r, big)
	}
	return shape
}

func sizeProduct(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

func kEqual[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func kLayout[T Elem](a *Array[T]) string {
	return fmt.Sprintf("shape %v strides %v offset %d", a.shape, a.strides, a.offset)
}

// kPanics runs f and checks that it panics with an *Error of kind whose
// message contains every part.
func kPanics(t *testing.T, kind error, parts []string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil {
			t.Fatalf("no panic; want %v", kind)
		}
		e, ok := r.(*Error)
		if !ok {
			t.Fatalf("panic value %T %v; want *Error", r, r)
		}
		if !errors.Is(e, kind) {
			t.Fatalf("panic %q has kind %v; want %v", e, e.Kind, kind)
		}
		for _, p := range parts {
			if !strings.Contains(e.Error(), p) {
				t.Fatalf("panic %q does not mention %q", e, p)
			}
		}
	}()
	f()
}

func TestCopyIntoRandomLayouts(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for iter := range 3000 {
		shape := kShape(r, iter%4 == 0)
		dst := kStrided[float64](r, shape)
		src := kStrided[float64](r, shape)
		for i, off := range kOffsets(src) {
			src.data[off] = float64(1000 + i)
		}
		before := append([]float64(nil), dst.data...)
		want := append([]float64(nil), before...)
		for i, off := range kOffsets(dst) {
			want[off] = float64(1000 + i)
		}
		copyInto(dst, src)
		if !kEqual(dst.data, want) {
			t.Fatalf("copyInto(dst %s, src %s): got buffer %v, want %v", kLayout(dst), kLayout(src), dst.data, want)
		}
	}
}

func TestCopyIntoBroadcastSource(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for range 500 {
		shape := kShape(r, false)
		dst := kStrided[int](r, shape)
		// A source with a random subset of axes repeated (stride 0).
		src := kStrided[int](r, shape)
		for i := range src.strides {
			if r.Intn(2) == 0 {
				src.strides[i] = 0
			}
		}
		src.updateFlags()
		want := append([]int(nil), dst.data...)
		vals := kElems(src)
		for i, off := range kOffsets(dst) {
			want[off] = vals[i]
		}
		copyInto(dst, src)
		if !kEqual(dst.data, want) {
			t.Fatalf("copyInto(dst %s, src %s) wrong", kLayout(dst), kLayout(src))
		}
	}
}

func TestCopyIntoTransposedTiles(t *testing.T) {
	// Sizes around and across the tile edge, 2-D and 3-D, in both
	// directions: the tiled path must cover every element exactly once.
	for _, dims := range [][]int{{16, 16}, {33, 17}, {64, 100}, {97, 31}, {50, 3, 40}, {40, 3, 50}, {20, 2, 30}} {
		n := sizeProduct(dims)
		src := Zeros[int32](dims...)
		for i := range src.data {
			src.data[i] = int32(i)
		}
		// Reverse the axes, as Transpose does.
		k := len(dims)
		tshape, tstrides := make([]int, k), make([]int, k)
		for i := range k {
			tshape[i], tstrides[i] = dims[k-1-i], src.strides[k-1-i]
		}
		view := src.newView(0, tshape, tstrides)
		dst := Zeros[int32](tshape...)
		if w := newWalk(dst.shape, []int{0, 0}, dst.strides, view.strides); w.transposed() < 0 {
			t.Fatalf("%v: transposed copy does not take the tiled path", dims)
		}
		copyInto(dst, view)
		if !kEqual(dst.data, kElems(view)) {
			t.Fatalf("tiled copy of transposed %v is wrong", dims)
		}
		if len(dst.data) != n {
			t.Fatal("size changed")
		}
	}
}

func TestCopyIntoOtherShape(t *testing.T) {
	// A copying Reshape hands copyInto arrays of the same size and another
	// shape: elements are matched in C order.
	src := Zeros[int](3, 4)
	for i := range src.data {
		src.data[i] = i
	}
	tr := src.newView(0, []int{4, 3}, []int{1, 4}) // src transposed
	for _, dst := range []*Array[int]{Zeros[int](12), Zeros[int](2, 6)} {
		copyInto(dst, tr)
		if !kEqual(dst.data, kElems(tr)) {
			t.Fatalf("copy of %s into shape %v: got %v want %v", kLayout(tr), dst.shape, dst.data, kElems(tr))
		}
	}
	// Neither contiguous: a transposed destination.
	d := Zeros[int](6, 2)
	dv := d.newView(0, []int{2, 6}, []int{1, 2})
	copyInto(dv, tr)
	if !kEqual(kElems(dv), kElems(tr)) {
		t.Fatalf("copy into transposed destination: got %v want %v", kElems(dv), kElems(tr))
	}
	kPanics(t, ErrShape, []string{"[4 3]", "[5]"}, func() { copyInto(Zeros[int](5), tr) })
}

func TestFillRandomLayouts(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for range 1000 {
		shape := kShape(r, r.Intn(4) == 0)
		a := kStrided[int16](r, shape)
		want := append([]int16(nil), a.data...)
		for _, off := range kOffsets(a) {
			want[off] = -7
		}
		fill(a, -7)
		if !kEqual(a.data, want) {
			t.Fatalf("fill(%s) wrong", kLayout(a))
		}
	}
}

func TestWalkCoalesces(t *testing.T) {
	// The simplifications the fast paths rely on.
	for _, tc := range []struct {
		shape, strides []int
		offset         int
		wantAxes       int
		wantStart      int
		wantInner      int
	}{
		{[]int{4, 5, 6}, []int{30, 6, 1}, 0, 1, 0, 1},          // contiguous: one axis
		{[]int{4, 1, 6}, []int{6, 99, 1}, 0, 1, 0, 1},          // size-1 axis ignored
		{[]int{4, 6}, []int{-6, -1}, 23, 1, 0, 1},              // fully reversed: walked forwards
		{[]int{4, 6}, []int{1, 4}, 0, 1, 0, 1},                 // transposed: sorted, then merged
		{[]int{4, 6}, []int{14, 2}, 0, 2, 0, 2},                // stepped: stays 2-D
		{[]int{}, []int{}, 5, 1, 5, 0},                         // 0-d
		{[]int{3, 1, 1}, []int{-2, 0, 0}, 4, 1, 0, 2},          // reversed stepped 1-D
		{[]int{2, 3, 4}, []int{12, 4, 1}, 0, 1, 0, 1},          // contiguous 3-D
		{[]int{2, 3, 4}, []int{24, 4, 1}, 0, 2, 0, 1},          // gap after axis 0
		{[]int{2, 3, 4}, []int{1, 2, 6}, 0, 1, 0, 1},           // Fortran order
		{[]int{5, 0, 2}, []int{2, 2, 1}, 0, 0 /*empty*/, 0, 0}, // empty
	} {
		w := newWalk(tc.shape, []int{tc.offset}, tc.strides)
		if tc.wantAxes == 0 {
			if !w.empty {
				t.Errorf("%v/%v: not empty", tc.shape, tc.strides)
			}
			continue
		}
		_, s := w.inner()
		if len(w.axes) != tc.wantAxes || w.start[0] != tc.wantStart || s[0] != tc.wantInner {
			t.Errorf("walk of shape %v strides %v offset %d: axes %v start %d; want %d axes, start %d, inner stride %d",
				tc.shape, tc.strides, tc.offset, w.axes, w.start[0], tc.wantAxes, tc.wantStart, tc.wantInner)
		}
	}
}

func TestBinaryIntoRandomLayouts(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	ops := []struct {
		op binOp
		f  func(x, y int64) int64
	}{
		{opAdd, func(x, y int64) int64 { return x + y }},
		{opSub, func(x, y int64) int64 { return x - y }},
		{opMul, func(x, y int64) int64 { return x * y }},
		{opDiv, func(x, y int64) int64 { return x / y }},
	}
	for iter := range 2000 {
		shape := kShape(r, iter%8 == 0)
		out := kStrided[int64](r, shape)
		a := kStrided[int64](r, shape)
		b := kStrided[int64](r, shape)
		for _, x := range []*Array[int64]{a, b} {
			for i := range x.strides {
				if r.Intn(4) == 0 {
					x.strides[i] = 0 // broadcast along this axis
				}
			}
			x.updateFlags()
		}
		o := ops[r.Intn(len(ops))]
		want := append([]int64(nil), out.data...)
		av, bv := kElems(a), kElems(b)
		for i, off := range kOffsets(out) {
			want[off] = o.f(av[i], bv[i])
		}
		binaryInto(o.op, out, a, b)
		if !kEqual(out.data, want) {
			t.Fatalf("op %d out %s a %s b %s: wrong", o.op, kLayout(out), kLayout(a), kLayout(b))
		}
	}
}

func TestReductionsRandomLayouts(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for iter := range 1500 {
		shape := kShape(r, iter%4 == 0)
		a := kStrided[int64](r, shape)
		for i, off := range kOffsets(a) {
			a.data[off] = int64((i*7919)%1000 - 500)
		}
		vals := kElems(a)
		var sum int64
		for _, v := range vals {
			sum += v
		}
		if got := sumOf(a); got != sum {
			t.Fatalf("sum of %s = %d, want %d", kLayout(a), got, sum)
		}
		if got, want := sumFloat64(a), float64(sum); got != want {
			t.Fatalf("float64 sum of %s = %v, want %v", kLayout(a), got, want)
		}
		if len(vals) == 0 {
			continue
		}
		lo, hi := vals[0], vals[0]
		for _, v := range vals {
			lo, hi = min(lo, v), max(hi, v)
		}
		if got := extreme("Min", a, false); got != lo {
			t.Fatalf("min of %s = %d, want %d", kLayout(a), got, lo)
		}
		if got := extreme("Max", a, true); got != hi {
			t.Fatalf("max of %s = %d, want %d", kLayout(a), got, hi)
		}
	}
}

func TestCompareIntoRandomLayouts(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for range 1000 {
		shape := kShape(r, false)
		a := kStrided[int](r, shape)
		b := kStrided[int](r, shape)
		for _, x := range []*Array[int]{a, b} {
			for _, off := range kOffsets(x) {
				x.data[off] = r.Intn(3)
			}
		}
		av, bv := kElems(a), kElems(b)
		out := Zeros[bool](shape...)
		for _, op := range []cmpOp{cmpEq, cmpNe, cmpLt, cmpLe} {
			if op == cmpEq || op == cmpNe {
				equalInto(op, out, a, b)
			} else {
				orderInto(op, out, a, b)
			}
			for i := range av {
				want := map[cmpOp]bool{cmpEq: av[i] == bv[i], cmpNe: av[i] != bv[i], cmpLt: av[i] < bv[i], cmpLe: av[i] <= bv[i]}[op]
				if out.data[i] != want {
					t.Fatalf("compare %d of %s and %s at %d: got %v", op, kLayout(a), kLayout(b), i, out.data[i])
				}
			}
		}
	}
}

func TestPairwiseSumAccuracy(t *testing.T) {
	// 0.1 is not exact in binary; a naive running sum of 1e6 of them drifts
	// by about 1e-6 relative, the pairwise sum stays near 1e-13.
	x := make([]float64, 1_000_000)
	for i := range x {
		x[i] = 0.1
	}
	for name, f := range map[string]func([]float64) float64{"pairwiseSum": pairwiseSum[float64], "sumContig": sumContig[float64]} {
		got := f(x)
		if d := got - 100000; d > 1e-7 || d < -1e-7 {
			t.Fatalf("%s of 1e6 x 0.1 = %.17g, off by %g", name, got, d)
		}
	}
	// Every length around the edges of the four-stream path, exactly.
	for _, n := range []int{0, 1, 2047, 2048, 2049, 2050, 2051, 4096 + 3, 8*sumBlock*4 + 5, 100003} {
		y := make([]int64, n)
		var want int64
		for i := range y {
			y[i] = int64(i*i%1000 - 300)
			want += y[i]
		}
		if got := sumContig(y); got != want {
			t.Fatalf("sumContig of %d ints = %d, want %d", n, got, want)
		}
	}
	for n := range 300 { // every length around the block edges
		y := make([]int, n)
		want := 0
		for i := range y {
			y[i] = i * 3
			want += i * 3
		}
		if got := pairwiseSum(y); got != want {
			t.Fatalf("pairwiseSum of %d ints = %d, want %d", n, got, want)
		}
	}
}

func TestBinaryIntoLongRuns(t *testing.T) {
	// Runs from twoStreamMin on are done as two halves at once, odd
	// lengths with one element left over.
	for _, n := range []int{twoStreamMin - 1, twoStreamMin, twoStreamMin + 1, 100001} {
		x, y := Zeros[int64](n), Zeros[int64](n)
		for i := range n {
			x.data[i] = int64(i*7%1001 + 1)
			y.data[i] = int64(i*13%997 + 1)
		}
		for _, op := range []binOp{opAdd, opSub, opMul, opDiv} {
			out := Zeros[int64](n)
			binaryInto(op, out, x, y)
			for i := range n {
				a, b := x.data[i], y.data[i]
				want := [...]int64{a + b, a - b, a * b, a / b}[op]
				if out.data[i] != want {
					t.Fatalf("n=%d op %d at %d: got %d, want %d", n, op, i, out.data[i], want)
				}
			}
		}
		// In place, as AddAssign(x, x) runs it.
		want := make([]int64, n)
		for i := range n {
			want[i] = 2 * x.data[i]
		}
		binaryInto(opAdd, x, x, x)
		if !kEqual(x.data, want) {
			t.Fatalf("n=%d: x += x in place is wrong", n)
		}
	}
}

func TestFreshData(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	for range 300 {
		a := kStrided[float32](r, kShape(r, false))
		got := freshData(a)
		if !kEqual(got, kElems(a)) && !(len(got) == 0 && len(kElems(a)) == 0) {
			t.Fatalf("freshData(%s) = %v, want %v", kLayout(a), got, kElems(a))
		}
		if len(got) != cap(got) {
			t.Fatalf("freshData(%s): len %d cap %d; want a clipped slice", kLayout(a), len(got), cap(got))
		}
		if len(got) > 0 {
			got[0]++
			if kElems(a)[0] == got[0] {
				t.Fatalf("freshData(%s) shares memory with the array", kLayout(a))
			}
		}
	}
}
