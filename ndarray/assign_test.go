package ndarray

import (
	"math/rand"
	"testing"
)

//lint:file-ignore VC1005 these tests write through views, copies and read-only views on purpose, to check what the library does

func TestFill(t *testing.T) {
	a := FromSlice([]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 3, 4)
	a.Slice(All(), Step(End, End, -2)).Fill(-1) // columns 3 and 1
	checkElems(t, "Fill through a reversed stepped view", a, []int{0, -1, 2, -1, 4, -1, 6, -1, 8, -1, 10, -1})
	a.Slice(I(1)).Fill(7)
	checkElems(t, "Fill of a row", a, []int{0, -1, 2, -1, 7, 7, 7, 7, 8, -1, 10, -1})
	z := Zeros[float32]()
	z.Fill(2.5)
	if z.At() != 2.5 {
		t.Fatalf("Fill of a 0-d array: got %v", z.At())
	}
	e := Zeros[int](0, 3)
	e.Fill(1) // nothing to write, and no panic
	big := Zeros[uint8](1000)
	big.Slice(S(1, End)).Fill(9)
	if big.At(0) != 0 || big.At(1) != 9 || big.At(999) != 9 || Sum(big) != 9*999%256 {
		t.Fatalf("long Fill: %v %v %v sum %v", big.At(0), big.At(1), big.At(999), Sum(big))
	}
	kPanics(t, ErrReadOnly, []string{"Fill", "read-only"}, func() {
		FromSlice([]int{1, 2}).BroadcastTo(3, 2).Fill(0)
	})
}

// checkElems compares a's elements in C order with want.
func checkElems[T Elem](t *testing.T, what string, a *Array[T], want []T) {
	t.Helper()
	if got := kElems(a); !kEqual(got, want) {
		t.Fatalf("%s: got %v, want %v", what, got, want)
	}
}

func TestAssignBroadcasts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		dstShape []int
		src      *Array[int]
		want     []int
	}{
		{"same shape", []int{2, 3}, FromSlice([]int{1, 2, 3, 4, 5, 6}, 2, 3), []int{1, 2, 3, 4, 5, 6}},
		{"row to every row", []int{2, 3}, FromSlice([]int{1, 2, 3}), []int{1, 2, 3, 1, 2, 3}},
		{"column to every column", []int{2, 3}, FromSlice([]int{7, 8}, 2, 1), []int{7, 7, 7, 8, 8, 8}},
		{"0-d to all", []int{2, 2}, Full(5), []int{5, 5, 5, 5}},
		{"size-1 to all", []int{3}, FromSlice([]int{4}), []int{4, 4, 4}},
		{"leading 1 axes", []int{3}, FromSlice([]int{1, 2, 3}, 1, 1, 3), []int{1, 2, 3}},
		{"empty", []int{0, 3}, FromSlice([]int{1, 2, 3}), []int{}},
		{"0-d from 0-d", []int{}, Full(9), []int{9}},
	} {
		dst := Zeros[int](tc.dstShape...)
		dst.Assign(tc.src)
		checkElems(t, tc.name, dst, tc.want)
	}
}

func TestAssignErrors(t *testing.T) {
	kPanics(t, ErrShape, []string{"Assign", "[3]", "[2 4]"}, func() { Zeros[int](2, 4).Assign(Zeros[int](3)) })
	kPanics(t, ErrShape, []string{"Assign", "[2 1 4]", "[1 4]"}, func() { Zeros[int](1, 4).Assign(Zeros[int](2, 1, 4)) })
	kPanics(t, ErrReadOnly, []string{"Assign", "read-only"}, func() {
		Zeros[int](3).BroadcastTo(2, 3).Assign(Zeros[int](3))
	})
}

func TestAssignOverlap(t *testing.T) {
	// Each case is checked against the same assignment from an explicit
	// copy of the source, which is what NumPy >= 1.13 guarantees.
	for _, tc := range []struct {
		name string
		n    []int
		dst  func(a *Array[int]) *Array[int]
		src  func(a *Array[int]) *Array[int]
	}{
		{"a[1:] = a[:-1]", []int{10}, func(a *Array[int]) *Array[int] { return a.Slice(S(1, End)) }, func(a *Array[int]) *Array[int] { return a.Slice(S(0, -1)) }},
		{"a[:-1] = a[1:]", []int{10}, func(a *Array[int]) *Array[int] { return a.Slice(S(0, -1)) }, func(a *Array[int]) *Array[int] { return a.Slice(S(1, End)) }},
		{"a = a[::-1]", []int{9}, func(a *Array[int]) *Array[int] { return a }, func(a *Array[int]) *Array[int] { return a.Slice(Step(End, End, -1)) }},
		{"a[::-1] = a", []int{1000}, func(a *Array[int]) *Array[int] { return a.Slice(Step(End, End, -1)) }, func(a *Array[int]) *Array[int] { return a }},
		{"m = m.T", []int{5, 5}, func(a *Array[int]) *Array[int] { return a }, func(a *Array[int]) *Array[int] { return a.Transpose() }},
		{"big m = m.T (tiled)", []int{70, 70}, func(a *Array[int]) *Array[int] { return a }, func(a *Array[int]) *Array[int] { return a.Transpose() }},
		{"m[:, ::-1] = m", []int{4, 6}, func(a *Array[int]) *Array[int] { return a.Slice(All(), Step(End, End, -1)) }, func(a *Array[int]) *Array[int] { return a }},
		{"m[1:] = m[0] (broadcast row)", []int{4, 3}, func(a *Array[int]) *Array[int] { return a.Slice(S(1, End)) }, func(a *Array[int]) *Array[int] { return a.Slice(I(0)) }},
		{"a[::2] = a[1::2] (interleaved, disjoint)", []int{10}, func(a *Array[int]) *Array[int] { return a.Slice(Step(0, End, 2)) }, func(a *Array[int]) *Array[int] { return a.Slice(Step(1, End, 2)) }},
		{"a = a (identical)", []int{3, 4}, func(a *Array[int]) *Array[int] { return a }, func(a *Array[int]) *Array[int] { return a }},
		{"a = a.View() (identical layout)", []int{3, 4}, func(a *Array[int]) *Array[int] { return a }, func(a *Array[int]) *Array[int] { return a.View() }},
	} {
		a := kSeq(tc.n...)
		ref := kSeq(tc.n...)
		want := tc.src(ref).Copy()
		tc.dst(ref).Assign(want)

		tc.dst(a).Assign(tc.src(a))
		checkElems(t, tc.name, a, kElems(ref))
	}
}

// kSeq returns a new array of shape holding 0, 1, 2, ... in C order.
func kSeq(shape ...int) *Array[int] {
	a := Zeros[int](shape...)
	for i := range a.data {
		a.data[i] = i
	}
	return a
}

// kOverlapping returns two views of one 1-D buffer: dst, a writable view of
// shape with a random layout that names each element once, and src, a view
// whose shape broadcasts to shape, with a random layout that may repeat
// elements. They overlap more often than not.
func kOverlapping(r *rand.Rand, shape []int) (parent, dst, src *Array[int]) {
	need := 1
	for _, d := range shape {
		need *= max(3*d, 1)
	}
	parent = kSeq(need + need/2 + 8)
	dst = kPlace(r, parent, shape, false)
	sshape := append([]int(nil), shape...)
	for i := range sshape {
		if r.Intn(4) == 0 {
			sshape[i] = 1
		}
	}
	if len(sshape) > 0 && r.Intn(4) == 0 {
		sshape = sshape[1:]
	}
	src = kPlace(r, parent, sshape, true)
	return parent, dst, src
}

// kPlace returns a view of the 1-D parent with shape: axes permuted and
// stepped (repeats allows zero strides too), at a random position.
func kPlace(r *rand.Rand, parent *Array[int], shape []int, repeats bool) *Array[int] {
	k := len(shape)
	perm := r.Perm(k)
	steps := make([]int, k)
	box := make([]int, k)
	for i := range k {
		steps[i] = []int{1, 1, 2, -1, -2, 3}[r.Intn(6)]
		if repeats && r.Intn(5) == 0 {
			steps[i] = 0
		}
		box[perm[i]] = max(shape[i]*iabs(steps[i]), 1)
	}
	bstr := cStrides(box)
	strides := make([]int, k)
	lo, hi := 0, 0
	for i := range k {
		strides[i] = bstr[perm[i]] * steps[i]
		if shape[i] > 0 {
			if s := strides[i] * (shape[i] - 1); s < 0 {
				lo += s
			} else {
				hi += s
			}
		}
	}
	room := len(parent.data) - (hi - lo)
	if room <= 0 {
		panic("kPlace: shape too big for the parent")
	}
	off := -lo + r.Intn(room)
	return parent.newView(off, append([]int(nil), shape...), strides)
}

func TestAssignOverlapRandom(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for range 3000 {
		shape := kShape(r, false)
		parent, dst, src := kOverlapping(r, shape)
		want := append([]int(nil), parent.data...)
		vals := kElems(src.broadcastView("test", dst.shape)) // read before any write
		for i, off := range kOffsets(dst) {
			want[off] = vals[i]
		}
		dst.Assign(src)
		if !kEqual(parent.data, want) {
			t.Fatalf("Assign(dst %s, src %s): buffer %v, want %v", kLayout(dst), kLayout(src), parent.data, want)
		}
	}
}

func TestInPlaceOverlapRandom(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	type opCase struct {
		name string
		f    func(dst, src *Array[int])
		ref  func(x, y int) int
	}
	ops := []opCase{
		{"AddAssign", AddAssign[int], func(x, y int) int { return x + y }},
		{"SubAssign", SubAssign[int], func(x, y int) int { return x - y }},
		{"MulAssign", MulAssign[int], func(x, y int) int { return x * y }},
	}
	for range 3000 {
		shape := kShape(r, false)
		parent, dst, src := kOverlapping(r, shape)
		op := ops[r.Intn(len(ops))]
		if r.Intn(10) == 0 {
			src = dst.View() // identical operands: the fast path
		}
		want := append([]int(nil), parent.data...)
		vals := kElems(src.broadcastView("test", dst.shape))
		for i, off := range kOffsets(dst) {
			want[off] = op.ref(parent.data[off], vals[i])
		}
		op.f(dst, src)
		if !kEqual(parent.data, want) {
			t.Fatalf("%s(dst %s, src %s): buffer %v, want %v", op.name, kLayout(dst), kLayout(src), parent.data, want)
		}
	}
}

func TestIdenticalOperandsNeedNoTemporary(t *testing.T) {
	// The fast path for identical operands reads each element just before
	// writing it; a temporary would cost an allocation.
	a := kSeq(64, 64)
	v := a.Slice(S(1, End), Step(End, End, -1))
	if n := testing.AllocsPerRun(10, func() { AddAssign(v, v) }); n > 2 {
		t.Errorf("AddAssign(v, v) made %v allocations; want no temporary", n)
	}
	big := kSeq(256, 256)
	if n := testing.AllocsPerRun(10, func() { big.Assign(big) }); n != 0 {
		t.Errorf("a.Assign(a) allocates %v times; want 0", n)
	}
	// A non-overlapping source is not copied either: allocations do not grow
	// with the size of the source.
	src := kSeq(256, 256)
	small := testing.AllocsPerRun(10, func() { AddAssign(big, src) })
	if small > 3 {
		t.Errorf("AddAssign of disjoint arrays made %v allocations", small)
	}
}
