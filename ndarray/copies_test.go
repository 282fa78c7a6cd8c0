package ndarray

import (
	"slices"
	"testing"
)

//lint:file-ignore VC1003,VC1005 these tests write through views, copies and read-only views on purpose, to check what the library does

func TestCopy(t *testing.T) {
	for name, a := range map[string]*Array[int]{
		"owner":      seq(2, 3),
		"transposed": seq(2, 3).Transpose(),
		"reversed":   seq(5).Slice(Step(End, End, -2)),
		"0-d":        seq(),
		"empty":      seq(0, 4),
		"broadcast":  seq(3).BroadcastTo(2, 3),
		"diagonal":   seq(3, 3).Diagonal(),
	} {
		t.Run(name, func(t *testing.T) {
			want := atElems(a)
			c := a.Copy()
			checkArray(t, c, a.Shape(), want)
			if c.Base() != nil || !c.OwnsData() || !c.IsContiguous() || !c.Writable() {
				t.Fatalf("Copy: Base %p OwnsData %v contiguous %v writable %v; want a fresh writable owner",
					c.Base(), c.OwnsData(), c.IsContiguous(), c.Writable())
			}
			if len(want) > 0 {
				c.Set(-1, make([]int, c.Ndim())...)
				if slices.Contains(atElems(a), -1) {
					t.Fatalf("write into the copy reached a")
				}
			}
			s := a.ToSlice()
			if !slices.Equal(s, want) {
				t.Fatalf("ToSlice %v, want %v", s, want)
			}
			if len(s) > 0 {
				s[0] = -2
				if slices.Contains(atElems(a), -2) {
					t.Fatalf("write into ToSlice's result reached a")
				}
			}
		})
	}
}

func TestTake(t *testing.T) {
	tests := []struct {
		name    string
		a       *Array[int]
		indices []int
		axis    int
		shape   []int
		elems   []int
	}{
		{"1-D", seq(5), []int{3, 0, 3}, 0, []int{3}, []int{3, 0, 3}},
		{"negative index", seq(5), []int{-1, -5}, 0, []int{2}, []int{4, 0}},
		{"rows", seq(3, 2), []int{2, 0}, 0, []int{2, 2}, []int{4, 5, 0, 1}},
		{"columns", seq(2, 3), []int{2, 1}, 1, []int{2, 2}, []int{2, 1, 5, 4}},
		{"negative axis", seq(2, 3), []int{0}, -1, []int{2, 1}, []int{0, 3}},
		{"no indices", seq(2, 3), nil, 1, []int{2, 0}, []int{}},
		{"empty other axis", seq(0, 3), []int{1, 1}, 1, []int{0, 2}, []int{}},
		{"3-D middle", seq(2, 3, 2), []int{2, 0}, 1, []int{2, 2, 2}, []int{4, 5, 0, 1, 10, 11, 6, 7}},
		{"transposed", seq(2, 3).Transpose(), []int{1}, 0, []int{1, 2}, []int{1, 4}},
		{"size-1 axis", seq(1, 3), []int{0, 0}, 0, []int{2, 3}, []int{0, 1, 2, 0, 1, 2}},
		{"of a broadcast", seq(3).BroadcastTo(2, 3), []int{1, 1}, 1, []int{2, 2}, []int{1, 1, 1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := atElems(tc.a)
			r := tc.a.Take(tc.indices, tc.axis)
			checkArray(t, r, tc.shape, tc.elems)
			if r.Base() != nil || !r.OwnsData() || !r.Writable() {
				t.Fatalf("Take must return a fresh writable owner")
			}
			if len(tc.elems) > 0 {
				r.Set(-1, make([]int, r.Ndim())...)
				if !slices.Equal(atElems(tc.a), before) {
					t.Fatalf("write into Take's result changed a")
				}
			}
		})
	}
	t.Run("errors", func(t *testing.T) {
		a := seq(2, 3)
		wantPanicErr(t, ErrIndex, []string{"index 3", "indices[1]", "axis 1", "size 3", "[2 3]"}, func() { a.Take([]int{0, 3}, 1) })
		wantPanicErr(t, ErrIndex, []string{"index -3", "axis 0", "[2 3]"}, func() { a.Take([]int{-3}, 0) })
		wantPanicErr(t, ErrAxis, []string{"axis 2", "[2 3]"}, func() { a.Take([]int{0}, 2) })
		wantPanicErr(t, ErrAxis, []string{"axis -3", "[2 3]"}, func() { a.Take([]int{0}, -3) })
		wantPanicErr(t, ErrAxis, []string{"axis 0", "0-d"}, func() { seq().Take([]int{0}, 0) })
	})
}

func TestMask(t *testing.T) {
	tests := []struct {
		name  string
		a     *Array[int]
		mask  *Array[bool]
		elems []int
	}{
		{"1-D", seq(4), FromSlice([]bool{true, false, false, true}), []int{0, 3}},
		{"2-D C order", seq(2, 2), FromSlice([]bool{false, true, true, true}, 2, 2), []int{1, 2, 3}},
		{"transposed a", seq(2, 3).Transpose(), FromSlice([]bool{true, true, false, false, false, true}, 3, 2), []int{0, 3, 5}},
		{"transposed mask", seq(2, 2), FromSlice([]bool{true, true, false, false}, 2, 2).Transpose(), []int{0, 2}},
		{"none", seq(3), Zeros[bool](3), []int{}},
		{"0-d true", Full(7), Full(true), []int{7}},
		{"0-d false", Full(7), Full(false), []int{}},
		{"empty", seq(0, 2), Zeros[bool](0, 2), []int{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.a.Mask(tc.mask)
			checkArray(t, r, []int{len(tc.elems)}, tc.elems)
			if r.Base() != nil || !r.OwnsData() {
				t.Fatalf("Mask must return a fresh owner")
			}
		})
	}
	wantPanicErr(t, ErrShape, []string{"[3]", "[2 3]"}, func() { seq(2, 3).Mask(Zeros[bool](3)) })
	wantPanicErr(t, ErrShape, []string{"[3 2]", "[2 3]"}, func() { seq(2, 3).Mask(Zeros[bool](3, 2)) })
}

func TestPut(t *testing.T) {
	tests := []struct {
		name    string
		a       *Array[int]
		indices []int
		axis    int
		values  *Array[int]
		elems   []int
	}{
		{"1-D", seq(5), []int{1, -1}, 0, FromSlice([]int{10, 20}), []int{0, 10, 2, 3, 20}},
		{"scalar broadcast", seq(2, 3), []int{0, 2}, 1, Full(9), []int{9, 1, 9, 9, 4, 9}},
		{"row broadcast", seq(3, 2), []int{2, 0}, 0, FromSlice([]int{7, 8}), []int{7, 8, 2, 3, 7, 8}},
		{"column values", seq(2, 3), []int{1}, -1, FromSlice([]int{5, 6}, 2, 1), []int{0, 5, 2, 3, 6, 5}},
		{"repeated: last wins", seq(3), []int{1, 1}, 0, FromSlice([]int{10, 20}), []int{0, 20, 2}},
		{"through a transposed view", seq(2, 3).Transpose(), []int{0}, 1, FromSlice([]int{-1, -2, -3}, 3, 1), []int{-1, 3, -2, 4, -3, 5}},
		{"no indices", seq(3), nil, 0, Zeros[int](0), []int{0, 1, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.a.Put(tc.indices, tc.axis, tc.values)
			checkArray(t, tc.a, tc.a.Shape(), tc.elems)
		})
	}
	t.Run("Put of Take changes nothing", func(t *testing.T) {
		for _, a := range []*Array[int]{seq(4, 3), seq(4, 3).Transpose(), seq(2, 3, 2).Slice(Step(End, End, -1))} {
			for ax := -a.Ndim(); ax < a.Ndim(); ax++ {
				before := atElems(a)
				idx := []int{-1, 0, 1, 0}
				a.Put(idx, ax, a.Take(idx, ax))
				if got := atElems(a); !slices.Equal(got, before) {
					t.Fatalf("axis %d: %v, want %v", ax, got, before)
				}
			}
		}
	})
	t.Run("values overlap a", func(t *testing.T) {
		// a[[1, 2, 3]] = a[0:3] with a = 0..4 is [0 0 1 2 4] in NumPy: values
		// are read as they were before any write.
		a := seq(5)
		a.Put([]int{1, 2, 3}, 0, a.Slice(S(0, 3)))
		checkArray(t, a, []int{5}, []int{0, 0, 1, 2, 4})
		// Rows written from a reversed view of the same rows.
		m := seq(3, 2)
		m.Put([]int{0, 1, 2}, 0, m.Slice(Step(End, End, -1)))
		checkArray(t, m, []int{3, 2}, []int{4, 5, 2, 3, 0, 1})
	})
	t.Run("errors", func(t *testing.T) {
		a := seq(2, 3)
		wantPanicErr(t, ErrShape, []string{"[1 2]", "[2 1]", "[2 3]"}, func() { a.Put([]int{0}, 1, FromSlice([]int{1, 2}, 1, 2)) })
		wantPanicErr(t, ErrIndex, []string{"index 2", "axis 0", "[2 3]"}, func() { a.Put([]int{2}, 0, Full(1)) })
		wantPanicErr(t, ErrAxis, []string{"axis 5", "[2 3]"}, func() { a.Put([]int{0}, 5, Full(1)) })
		if !slices.Equal(atElems(a), []int{0, 1, 2, 3, 4, 5}) {
			t.Errorf("a failed Put wrote %v", atElems(a))
		}
		b := seq(3).BroadcastTo(2, 3)
		wantPanicErr(t, ErrReadOnly, []string{"Put", "BroadcastTo"}, func() { b.Put([]int{0}, 0, Full(1)) })
	})
}

func TestPutMask(t *testing.T) {
	tests := []struct {
		name   string
		a      *Array[int]
		mask   *Array[bool]
		values *Array[int]
		elems  []int
	}{
		// np.putmask(x, x > 2, [10, 20]) with x = arange(6) is [0 1 2 20 10 20].
		{"cyclic by position", seq(6), FromSlice([]bool{false, false, false, true, true, true}), FromSlice([]int{10, 20}), []int{0, 1, 2, 20, 10, 20}},
		{"same size lines up", seq(2, 2), FromSlice([]bool{true, false, false, true}, 2, 2), FromSlice([]int{10, 20, 30, 40}, 2, 2), []int{10, 1, 2, 40}},
		{"scalar", seq(3), FromSlice([]bool{true, false, true}), Full(-1), []int{-1, 1, -1}},
		{"values read in C order", seq(4), Full(true, 4), FromSlice([]int{1, 2, 3, 4}, 2, 2).Transpose(), []int{1, 3, 2, 4}},
		{"through a transposed view", seq(2, 2).Transpose(), FromSlice([]bool{false, true, false, false}, 2, 2), Full(9), []int{0, 9, 1, 3}},
		{"empty values, empty selection", seq(3), Zeros[bool](3), Zeros[int](0), []int{0, 1, 2}},
		{"0-d", Full(5), Full(true), Full(6), []int{6}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.a.PutMask(tc.mask, tc.values)
			checkArray(t, tc.a, tc.a.Shape(), tc.elems)
		})
	}
	t.Run("values overlap a", func(t *testing.T) {
		a := seq(4)
		a.PutMask(Full(true, 4), a.Slice(Step(End, End, -1)))
		checkArray(t, a, []int{4}, []int{3, 2, 1, 0})
	})
	t.Run("mask overlaps a", func(t *testing.T) {
		// The mask is a's transpose: writing a[0, 1] changes the mask at
		// position 2, which must still be read as it was (true).
		a := FromSlice([]bool{false, true, true, false}, 2, 2)
		a.PutMask(a.Transpose(), Full(false))
		checkArray(t, a, []int{2, 2}, []bool{false, false, false, false})
	})
	t.Run("errors", func(t *testing.T) {
		a := seq(2, 2)
		wantPanicErr(t, ErrValue, []string{"empty", "position 1", "[2 2]"}, func() {
			a.PutMask(FromSlice([]bool{false, true, false, false}, 2, 2), Zeros[int](0))
		})
		wantPanicErr(t, ErrShape, []string{"[4]", "[2 2]"}, func() { a.PutMask(Zeros[bool](4), Full(1)) })
		wantPanicErr(t, ErrReadOnly, []string{"PutMask", "Diagonal"}, func() { seq(2, 2).Diagonal().PutMask(Full(true, 2), Full(1)) })
		if !slices.Equal(atElems(a), []int{0, 1, 2, 3}) {
			t.Errorf("a failed PutMask wrote %v", atElems(a))
		}
	})
}

// TestTakePutAgainstAt compares Take and Put with element-by-element
// versions written with At and Set, over layouts that exercise every path
// of the block loop (single elements, contiguous blocks, strided blocks).
func TestTakePutAgainstAt(t *testing.T) {
	layouts := map[string]func() *Array[int]{
		"3-D":             func() *Array[int] { return seq(3, 4, 5) },
		"transposed":      func() *Array[int] { return seq(3, 4, 5).Transpose() },
		"swapped":         func() *Array[int] { return seq(3, 4, 5).SwapAxes(0, 1) },
		"stepped":         func() *Array[int] { return seq(6, 4, 5).Slice(Step(End, End, -2), All(), Step(1, End, 2)) },
		"4-D with size 1": func() *Array[int] { return seq(2, 1, 3, 4).Transpose(2, 1, 0, 3) },
	}
	for name, mk := range layouts {
		for ax := range mk().Ndim() {
			a := mk()
			n := a.Shape()[ax]
			idx := []int{min(2, n-1), -1, 0, min(2, n-1)}
			got := a.Take(idx, ax)
			shape := a.Shape()
			// Element (p..., j, q...) of the result is a's (p..., idx[j], q...).
			want := Zeros[int](append(append(append([]int{}, shape[:ax]...), len(idx)), shape[ax+1:]...)...)
			forEachIndex(want.Shape(), func(pos []int) {
				src := append([]int{}, pos...)
				src[ax] = idx[pos[ax]]
				want.Set(a.At(src...), pos...)
			})
			if !slices.Equal(atElems(got), atElems(want)) {
				t.Fatalf("%s axis %d: Take %v, want %v", name, ax, atElems(got), atElems(want))
			}

			// Put distinct values, then check each target by At. Where
			// indices repeat, the last write wins.
			vals := Add(seq(want.Shape()...), Full(1000))
			last := map[int]int{}
			for j, i := range idx {
				last[(i+shape[ax])%shape[ax]] = j
			}
			a.Put(idx, ax, vals)
			forEachIndex(vals.Shape(), func(pos []int) {
				dst := append([]int{}, pos...)
				dst[ax] = (idx[pos[ax]] + shape[ax]) % shape[ax]
				if last[dst[ax]] != pos[ax] {
					return
				}
				if a.At(dst...) != vals.At(pos...) {
					t.Fatalf("%s axis %d: a%v = %d, want %d", name, ax, dst, a.At(dst...), vals.At(pos...))
				}
			})
		}
	}
}

// forEachIndex calls f with every index of shape in C order.
func forEachIndex(shape []int, f func(pos []int)) {
	for _, d := range shape {
		if d == 0 {
			return
		}
	}
	pos := make([]int, len(shape))
	for {
		f(pos)
		k := len(shape) - 1
		for ; k >= 0; k-- {
			if pos[k]++; pos[k] < shape[k] {
				break
			}
			pos[k] = 0
		}
		if k < 0 {
			return
		}
	}
}
