package ndarray

import (
	"slices"
	"testing"
)

//lint:file-ignore VC1001,VC1005 these tests write through views, copies and read-only views on purpose, to check what the library does

func TestSlice(t *testing.T) {
	tests := []struct {
		name  string
		shape []int
		idx   []Index
		want  []int
		elems []int
	}{
		{"none", []int{2, 3}, nil, []int{2, 3}, []int{0, 1, 2, 3, 4, 5}},
		{"range", []int{5}, []Index{S(1, 3)}, []int{2}, []int{1, 2}},
		{"negative bounds", []int{5}, []Index{S(-3, -1)}, []int{2}, []int{2, 3}},
		{"open start", []int{5}, []Index{S(End, 2)}, []int{2}, []int{0, 1}},
		{"open stop", []int{5}, []Index{S(2, End)}, []int{3}, []int{2, 3, 4}},
		{"all", []int{5}, []Index{All()}, []int{5}, []int{0, 1, 2, 3, 4}},
		{"step 2", []int{7}, []Index{Step(End, End, 2)}, []int{4}, []int{0, 2, 4, 6}},
		{"step 3 from 1", []int{8}, []Index{Step(1, End, 3)}, []int{3}, []int{1, 4, 7}},
		{"reverse", []int{5}, []Index{Step(End, End, -1)}, []int{5}, []int{4, 3, 2, 1, 0}},
		{"reverse step 2", []int{6}, []Index{Step(End, End, -2)}, []int{3}, []int{5, 3, 1}},
		{"reverse bounded", []int{6}, []Index{Step(4, 1, -1)}, []int{3}, []int{4, 3, 2}},
		{"reverse negative bounds", []int{6}, []Index{Step(-1, -4, -1)}, []int{3}, []int{5, 4, 3}},
		{"reverse to open start", []int{6}, []Index{Step(2, End, -1)}, []int{3}, []int{2, 1, 0}},
		{"reverse start past end", []int{4}, []Index{Step(10, End, -1)}, []int{4}, []int{3, 2, 1, 0}},
		{"clamped stop", []int{4}, []Index{S(1, 100)}, []int{3}, []int{1, 2, 3}},
		{"clamped start", []int{4}, []Index{S(-100, 2)}, []int{2}, []int{0, 1}},
		{"empty forward", []int{4}, []Index{S(3, 1)}, []int{0}, []int{}},
		{"empty backward", []int{4}, []Index{Step(1, 3, -1)}, []int{0}, []int{}},
		{"empty past end", []int{4}, []Index{S(7, 9)}, []int{0}, []int{}},
		{"int removes axis", []int{2, 3}, []Index{I(1)}, []int{3}, []int{3, 4, 5}},
		{"negative int", []int{2, 3}, []Index{All(), I(-1)}, []int{2}, []int{2, 5}},
		{"int to 0-d", []int{2, 3}, []Index{I(1), I(2)}, []int{}, []int{5}},
		{"newaxis front", []int{3}, []Index{NewAxis()}, []int{1, 3}, []int{0, 1, 2}},
		{"newaxis back", []int{3}, []Index{All(), NewAxis()}, []int{3, 1}, []int{0, 1, 2}},
		{"newaxis middle", []int{2, 2}, []Index{All(), NewAxis(), All()}, []int{2, 1, 2}, []int{0, 1, 2, 3}},
		{"newaxis on 0-d", []int{}, []Index{NewAxis(), NewAxis()}, []int{1, 1}, []int{0}},
		{"trailing axes whole", []int{2, 3, 2}, []Index{I(1)}, []int{3, 2}, []int{6, 7, 8, 9, 10, 11}},
		{"2-D steps", []int{3, 4}, []Index{Step(End, End, -2), Step(1, End, 2)}, []int{2, 2}, []int{9, 11, 1, 3}},
		{"size-0 axis", []int{0, 3}, []Index{All(), S(1, 2)}, []int{0, 1}, []int{}},
		{"size-1 axis", []int{1, 3}, []Index{Step(End, End, -1), I(2)}, []int{1}, []int{2}},
		{"mixed", []int{2, 3, 4}, []Index{I(-1), NewAxis(), Step(End, End, -1), S(1, 3)}, []int{1, 3, 2}, []int{21, 22, 17, 18, 13, 14}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := seq(tc.shape...)
			v := a.Slice(tc.idx...)
			checkArray(t, v, tc.want, tc.elems)
			if v.Base() != a || v.OwnsData() {
				t.Errorf("Base %p OwnsData %v; want a view of %p", v.Base(), v.OwnsData(), a)
			}
			if len(tc.elems) > 0 {
				// The write must reach a: a view, not a copy.
				first := make([]int, v.Ndim())
				v.Set(-7, first...)
				if !slices.Contains(atElems(a), -7) {
					t.Errorf("write through the slice did not reach the base")
				}
			}
		})
	}
}

// Empty views must stay usable by every kernel: their offset may not point
// past the buffer even when the indices that made them would.
func TestSliceEmptyKeepsOffsetInBuffer(t *testing.T) {
	for name, v := range map[string]*Array[int]{
		"int index of empty": seq(0, 3).Slice(All(), I(2)),
		"range of empty":     seq(0, 3).Slice(All(), S(1, 3)),
		"empty range":        seq(4, 3).Slice(S(2, 2), I(-1)),
		"nested":             seq(0, 3).Slice(NewAxis(), All(), I(2)).Slice(I(0), S(-2, 0)),
	} {
		if v.Size() != 0 || v.offset > len(v.data) {
			t.Errorf("%s: size %d offset %d buffer %d", name, v.Size(), v.offset, len(v.data))
		}
		if c := v.Copy(); c.Size() != 0 || v.Flatten().Size() != 0 || v.String() != "[]" || len(v.ToSlice()) != 0 {
			t.Errorf("%s: copies of an empty view are not empty", name)
		}
	}
}

func TestSliceOfSliceCollapsesBase(t *testing.T) {
	a := seq(4, 4)
	v := a.Slice(S(1, End)).Slice(Step(End, End, -1)).Transpose()
	if v.Base() != a {
		t.Fatalf("base of a view of a view is %p, want the owner %p", v.Base(), a)
	}
	w := Wrap([]int{1, 2, 3})
	if s := w.Slice(S(1, End)); s.Base() != nil || s.OwnsData() {
		t.Fatalf("view of a Wrap: Base %v OwnsData %v; want nil, false", s.Base(), s.OwnsData())
	}
}

func TestSlicePanics(t *testing.T) {
	tests := []struct {
		name  string
		shape []int
		idx   []Index
		kind  error
		parts []string
	}{
		{"too many", []int{2, 3}, []Index{All(), All(), All()}, ErrIndex, []string{"3", "[2 3]"}},
		{"too many on 0-d", []int{}, []Index{I(0)}, ErrIndex, []string{"1", "[]"}},
		{"int out of range", []int{2, 3}, []Index{All(), I(3)}, ErrIndex, []string{"index 1", "I(3)", "axis 1", "size 3", "[2 3]"}},
		{"negative int out of range", []int{2, 3}, []Index{I(-3)}, ErrIndex, []string{"I(-3)", "axis 0", "[2 3]"}},
		{"int on size 0", []int{0}, []Index{I(0)}, ErrIndex, []string{"axis 0", "size 0"}},
		{"zero step", []int{2, 3}, []Index{All(), Step(0, 2, 0)}, ErrValue, []string{"index 1", "axis 1", "zero step", "[2 3]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := seq(tc.shape...)
			wantPanicErr(t, tc.kind, tc.parts, func() { a.Slice(tc.idx...) })
		})
	}
}

func TestView(t *testing.T) {
	a := seq(2, 3)
	v := a.View()
	checkArray(t, v, []int{2, 3}, []int{0, 1, 2, 3, 4, 5})
	if v == a || v.Base() != a || v.OwnsData() || !v.IsContiguous() {
		t.Fatalf("View: want a distinct contiguous view of a")
	}
	v.Set(9, 1, 1)
	if a.At(1, 1) != 9 {
		t.Fatalf("write through View did not reach a")
	}
	// Changing the view's shape slice must not change a's.
	v.Shape()[0] = 100
	if a.Shape()[0] != 2 || v.Shape()[0] != 2 {
		t.Fatalf("Shape returned the internal slice")
	}
}

func TestTranspose(t *testing.T) {
	tests := []struct {
		name   string
		shape  []int
		axes   []int
		want   []int
		elems  []int
		contig bool
	}{
		{"2-D", []int{2, 3}, nil, []int{3, 2}, []int{0, 3, 1, 4, 2, 5}, false},
		{"1-D", []int{3}, nil, []int{3}, []int{0, 1, 2}, true},
		{"0-d", []int{}, nil, []int{}, []int{0}, true},
		{"3-D reverse", []int{2, 1, 3}, nil, []int{3, 1, 2}, []int{0, 3, 1, 4, 2, 5}, false},
		{"3-D perm", []int{2, 3, 2}, []int{1, 0, 2}, []int{3, 2, 2}, []int{0, 1, 6, 7, 2, 3, 8, 9, 4, 5, 10, 11}, false},
		{"negative axes", []int{2, 3}, []int{-1, -2}, []int{3, 2}, []int{0, 3, 1, 4, 2, 5}, false},
		{"identity", []int{2, 3}, []int{0, 1}, []int{2, 3}, []int{0, 1, 2, 3, 4, 5}, true},
		{"size-1 axes stay contiguous", []int{1, 4}, nil, []int{4, 1}, []int{0, 1, 2, 3}, true},
		{"size 0", []int{0, 3}, nil, []int{3, 0}, []int{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := seq(tc.shape...)
			v := a.Transpose(tc.axes...)
			checkArray(t, v, tc.want, tc.elems)
			if v.Base() != a || (a.Size() > 0 && !sharesData(v, a)) {
				t.Errorf("Transpose is not a view of a")
			}
			if v.IsContiguous() != tc.contig {
				t.Errorf("IsContiguous %v, want %v (strides %v)", v.IsContiguous(), tc.contig, v.Strides())
			}
		})
	}
	t.Run("errors", func(t *testing.T) {
		a := seq(2, 3)
		wantPanicErr(t, ErrAxis, []string{"[0]", "[2 3]"}, func() { a.Transpose(0) })
		wantPanicErr(t, ErrAxis, []string{"axis 2", "[2 3]"}, func() { a.Transpose(0, 2) })
		wantPanicErr(t, ErrAxis, []string{"axis -3", "[2 3]"}, func() { a.Transpose(-3, 0) })
		wantPanicErr(t, ErrAxis, []string{"repeated", "[1 -1]", "[2 3]"}, func() { a.Transpose(1, -1) })
	})
}

func TestSwapAxes(t *testing.T) {
	a := seq(2, 3, 4)
	v := a.SwapAxes(0, -1)
	if !slices.Equal(v.Shape(), []int{4, 3, 2}) || !slices.Equal(v.Strides(), []int{1, 4, 12}) {
		t.Fatalf("shape %v strides %v, want [4 3 2] [1 4 12]", v.Shape(), v.Strides())
	}
	if v.At(3, 2, 1) != a.At(1, 2, 3) || v.Base() != a {
		t.Fatalf("SwapAxes: wrong element or not a view")
	}
	if s := a.SwapAxes(1, 1); !slices.Equal(s.Strides(), a.Strides()) {
		t.Fatalf("SwapAxes(1, 1) changed strides to %v", s.Strides())
	}
	wantPanicErr(t, ErrAxis, []string{"axis 3", "[2 3 4]"}, func() { a.SwapAxes(0, 3) })
	wantPanicErr(t, ErrAxis, []string{"axis -4", "[2 3 4]"}, func() { a.SwapAxes(-4, 0) })
}

func TestBroadcastTo(t *testing.T) {
	tests := []struct {
		name    string
		shape   []int
		to      []int
		strides []int
		elems   []int
	}{
		{"row to matrix", []int{3}, []int{2, 3}, []int{0, 1}, []int{0, 1, 2, 0, 1, 2}},
		{"column to matrix", []int{2, 1}, []int{2, 3}, []int{1, 0}, []int{0, 0, 0, 1, 1, 1}},
		{"scalar", []int{}, []int{2, 2}, []int{0, 0}, []int{0, 0, 0, 0}},
		{"same shape", []int{2, 2}, []int{2, 2}, []int{2, 1}, []int{0, 1, 2, 3}},
		{"size-1 to 0", []int{1}, []int{0}, []int{0}, []int{}},
		{"leading 1", []int{3}, []int{1, 3}, []int{0, 1}, []int{0, 1, 2}},
		{"3-D", []int{2, 1, 2}, []int{2, 2, 2}, []int{2, 0, 1}, []int{0, 1, 0, 1, 2, 3, 2, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := seq(tc.shape...)
			v := a.BroadcastTo(tc.to...)
			checkArray(t, v, tc.to, tc.elems)
			if !slices.Equal(v.Strides(), tc.strides) {
				t.Errorf("strides %v, want %v", v.Strides(), tc.strides)
			}
			if v.Writable() || v.Base() != a || !a.Writable() {
				t.Errorf("Writable %v Base %p: want a read-only view of a, a still writable", v.Writable(), v.Base())
			}
			if len(tc.elems) > 0 {
				first := make([]int, len(tc.to))
				wantPanicErr(t, ErrReadOnly, []string{"BroadcastTo", "Copy"}, func() { v.Set(1, first...) })
			}
			// A view of a read-only view stays read-only, and a copy is writable.
			if v.Slice().Writable() || v.Transpose().Writable() || !v.Copy().Writable() {
				t.Errorf("read-only state not inherited by views, or inherited by Copy")
			}
		})
	}
	t.Run("errors", func(t *testing.T) {
		a := seq(2, 3)
		wantPanicErr(t, ErrShape, []string{"[2 3]", "[3 3]", "axis 0"}, func() { a.BroadcastTo(3, 3) })
		wantPanicErr(t, ErrShape, []string{"[2 3]", "[3]"}, func() { a.BroadcastTo(3) })
		wantPanicErr(t, ErrShape, []string{"[2 -3]"}, func() { a.BroadcastTo(2, -3) })
		wantPanicErr(t, ErrShape, []string{"[2 3]", "[2 1]"}, func() { a.BroadcastTo(2, 1) })
	})
}

func TestSqueeze(t *testing.T) {
	tests := []struct {
		name  string
		shape []int
		axes  []int
		want  []int
	}{
		{"all", []int{1, 3, 1, 2, 1}, nil, []int{3, 2}},
		{"one", []int{1, 3, 1}, []int{2}, []int{1, 3}},
		{"negative", []int{1, 3, 1}, []int{-3}, []int{3, 1}},
		{"two", []int{1, 3, 1}, []int{0, 2}, []int{3}},
		{"to 0-d", []int{1, 1}, nil, []int{}},
		{"nothing to do", []int{2, 3}, nil, []int{2, 3}},
		{"0-d", []int{}, nil, []int{}},
		{"size 0 kept", []int{0, 1}, nil, []int{0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := seq(tc.shape...)
			v := a.Squeeze(tc.axes...)
			checkArray(t, v, tc.want, atElems(a))
			if v.Base() != a {
				t.Errorf("Squeeze is not a view")
			}
		})
	}
	a := seq(1, 3)
	wantPanicErr(t, ErrShape, []string{"axis 1", "size 3", "[1 3]"}, func() { a.Squeeze(1) })
	wantPanicErr(t, ErrAxis, []string{"axis 2", "[1 3]"}, func() { a.Squeeze(2) })
	wantPanicErr(t, ErrAxis, []string{"repeated", "[1 3]"}, func() { a.Squeeze(0, -2) })
}

func TestExpandDims(t *testing.T) {
	tests := []struct {
		shape   []int
		axis    int
		want    []int
		strides []int
	}{
		{[]int{2, 3}, 0, []int{1, 2, 3}, []int{6, 3, 1}},
		{[]int{2, 3}, 1, []int{2, 1, 3}, []int{3, 3, 1}},
		{[]int{2, 3}, 2, []int{2, 3, 1}, []int{3, 1, 1}},
		{[]int{2, 3}, -1, []int{2, 3, 1}, []int{3, 1, 1}},
		{[]int{2, 3}, -3, []int{1, 2, 3}, []int{6, 3, 1}},
		{[]int{}, 0, []int{1}, []int{1}},
	}
	for _, tc := range tests {
		a := seq(tc.shape...)
		v := a.ExpandDims(tc.axis)
		checkArray(t, v, tc.want, atElems(a))
		if !slices.Equal(v.Strides(), tc.strides) || v.Base() != a || !v.IsContiguous() {
			t.Errorf("ExpandDims(%v, %d): strides %v base %p; want %v, a contiguous view", tc.shape, tc.axis, v.Strides(), v.Base(), tc.strides)
		}
	}
	a := seq(2, 3)
	wantPanicErr(t, ErrAxis, []string{"axis 3", "[2 3]"}, func() { a.ExpandDims(3) })
	wantPanicErr(t, ErrAxis, []string{"axis -4", "[2 3]"}, func() { a.ExpandDims(-4) })
}

func TestDiagonal(t *testing.T) {
	tests := []struct {
		name  string
		a     *Array[int]
		k     []int
		elems []int
	}{
		{"square", seq(3, 3), nil, []int{0, 4, 8}},
		{"wide", seq(2, 4), nil, []int{0, 5}},
		{"tall", seq(4, 2), nil, []int{0, 3}},
		{"above", seq(3, 3), []int{1}, []int{1, 5}},
		{"below", seq(3, 3), []int{-2}, []int{6}},
		{"wide above", seq(2, 4), []int{2}, []int{2, 7}},
		{"tall below", seq(4, 2), []int{-1}, []int{2, 5}},
		{"beyond", seq(3, 3), []int{5}, []int{}},
		{"far below", seq(3, 3), []int{-3}, []int{}},
		{"empty matrix", seq(0, 3), nil, []int{}},
		{"transposed", seq(2, 3).Transpose(), []int{-1}, []int{1, 5}},
		{"reversed", seq(3, 3).Slice(Step(End, End, -1)), nil, []int{6, 4, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.a.Diagonal(tc.k...)
			checkArray(t, d, []int{len(tc.elems)}, tc.elems)
			if d.Writable() {
				t.Fatalf("Diagonal is writable")
			}
			if len(tc.elems) > 0 {
				wantPanicErr(t, ErrReadOnly, []string{"Diagonal"}, func() { d.Set(1, 0) })
				if !sharesData(d, tc.a) {
					t.Errorf("Diagonal does not share memory")
				}
			}
		})
	}
	wantPanicErr(t, ErrShape, []string{"2-D", "[3]"}, func() { seq(3).Diagonal() })
	wantPanicErr(t, ErrValue, []string{"[1 2]"}, func() { seq(2, 2).Diagonal(1, 2) })
}

func TestReadOnlyInherited(t *testing.T) {
	b := seq(3).BroadcastTo(2, 3)
	for name, v := range map[string]*Array[int]{
		"View": b.View(), "Slice": b.Slice(I(0)), "Transpose": b.Transpose(),
		"SwapAxes": b.SwapAxes(0, 1), "Squeeze": b.Slice(S(0, 1)).Squeeze(), "ExpandDims": b.ExpandDims(0),
	} {
		if v.Writable() {
			t.Errorf("%s of a read-only view is writable", name)
		}
	}
}
