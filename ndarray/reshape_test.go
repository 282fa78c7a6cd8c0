package ndarray

import (
	"slices"
	"testing"
)

//lint:file-ignore VC1003,VC1004 these tests write through views, copies and read-only views on purpose, to check what the library does

func TestReshape(t *testing.T) {
	tests := []struct {
		name  string
		a     func() *Array[int]
		shape []int
		want  []int
		view  bool
	}{
		{"contiguous split", func() *Array[int] { return seq(6) }, []int{2, 3}, []int{2, 3}, true},
		{"contiguous merge", func() *Array[int] { return seq(2, 3, 4) }, []int{6, 4}, []int{6, 4}, true},
		{"infer first", func() *Array[int] { return seq(12) }, []int{-1, 4}, []int{3, 4}, true},
		{"infer last", func() *Array[int] { return seq(12) }, []int{2, 3, -1}, []int{2, 3, 2}, true},
		{"0-d to 1-D", func() *Array[int] { return seq() }, []int{1}, []int{1}, true},
		{"1-D to 0-d", func() *Array[int] { return seq(1) }, nil, []int{}, true},
		{"0-d infer", func() *Array[int] { return seq() }, []int{-1}, []int{1}, true},
		{"empty", func() *Array[int] { return seq(0, 3) }, []int{3, 0}, []int{3, 0}, true},
		{"empty infer", func() *Array[int] { return seq(0, 3) }, []int{3, -1}, []int{3, 0}, true},
		{"size-1 axes", func() *Array[int] { return seq(6) }, []int{1, 2, 1, 3, 1}, []int{1, 2, 1, 3, 1}, true},
		// A transposed matrix cannot be read in C order without a copy...
		{"transposed to 1-D", func() *Array[int] { return seq(2, 3).Transpose() }, []int{6}, []int{6}, false},
		// ...but adding and removing axes of length 1 never needs one.
		{"transposed add 1s", func() *Array[int] { return seq(2, 3).Transpose() }, []int{3, 1, 2}, []int{3, 1, 2}, true},
		{"stepped 1-D split", func() *Array[int] { return seq(12).Slice(Step(End, End, 2)) }, []int{2, 3}, []int{2, 3}, true},
		{"reversed split", func() *Array[int] { return seq(6).Slice(Step(End, End, -1)) }, []int{3, 2}, []int{3, 2}, true},
		{"column slice merge", func() *Array[int] { return seq(4, 6).Slice(All(), S(0, 3)) }, []int{12}, []int{12}, false},
		{"column slice split rows", func() *Array[int] { return seq(4, 6).Slice(All(), S(0, 3)) }, []int{2, 2, 3}, []int{2, 2, 3}, true},
		{"row slice merge", func() *Array[int] { return seq(4, 3, 2).Slice(S(1, 3)) }, []int{12}, []int{12}, true},
		{"stepped rows merge", func() *Array[int] { return seq(4, 3).Slice(Step(End, End, 2)) }, []int{6}, []int{6}, false},
		{"broadcast merge", func() *Array[int] { return seq(3).BroadcastTo(2, 3) }, []int{6}, []int{6}, false},
		{"broadcast split", func() *Array[int] { return seq(4).BroadcastTo(2, 4) }, []int{2, 2, 2}, []int{2, 2, 2}, true},
		{"same shape", func() *Array[int] { return seq(2, 3).Transpose() }, []int{3, 2}, []int{3, 2}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.a()
			owner := a
			if a.Base() != nil {
				owner = a.Base()
			}
			r := a.Reshape(tc.shape...)
			checkArray(t, r, tc.want, atElems(a))
			if view := isViewOf(t, r, owner); view != tc.view {
				t.Fatalf("view %v, want %v", view, tc.view)
			}
			if tc.view && r.Size() > 0 && r.Writable() {
				// A write through a view must reach a, and one through a
				// copy must not.
				r.Set(-1, make([]int, r.Ndim())...)
				if atElems(a)[0] != -1 {
					t.Errorf("write through the reshaped view did not reach a")
				}
			}
			if !tc.view {
				r.Set(-1, make([]int, r.Ndim())...)
				if slices.Contains(atElems(a), -1) {
					t.Errorf("write into the reshaped copy reached a")
				}
			}
		})
	}
}

func TestReshapeKeepsReadOnly(t *testing.T) {
	b := seq(4).BroadcastTo(2, 4)
	if v := b.Reshape(2, 2, 2); v.Writable() || v.Base() == nil {
		t.Errorf("a reshaped view of a read-only view must stay read-only")
	}
	if c := b.Reshape(8); !c.Writable() || !c.OwnsData() {
		t.Errorf("a reshaped copy of a read-only view must be a writable owner")
	}
}

func TestReshapePanics(t *testing.T) {
	a := seq(2, 3)
	tests := []struct {
		name  string
		shape []int
		parts []string
	}{
		{"size", []int{4}, []string{"[2 3]", "[4]", "size 6", "size 4"}},
		{"two unknowns", []int{-1, -1}, []string{"[2 3]", "[-1 -1]", "one dimension"}},
		{"negative", []int{-2, -3}, []string{"[2 3]", "[-2 -3]", "negative"}},
		{"not divisible", []int{4, -1}, []string{"[2 3]", "[4 -1]"}},
		{"zero with unknown", []int{0, -1}, []string{"[2 3]", "[0 -1]"}},
		{"to 0-d", nil, []string{"[2 3]", "[]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantPanicErr(t, ErrShape, tc.parts, func() { a.Reshape(tc.shape...) })
		})
	}
	// NumPy refuses -1 next to a zero even for an empty array: it is ambiguous.
	wantPanicErr(t, ErrShape, []string{"[0 3]", "[-1 0]"}, func() { seq(0, 3).Reshape(-1, 0) })
}

func TestRavelAndFlatten(t *testing.T) {
	tests := []struct {
		name      string
		a         *Array[int]
		ravelView bool
	}{
		{"contiguous", seq(2, 3), true},
		{"0-d", seq(), true},
		{"empty", seq(0, 2), true},
		{"transposed", seq(2, 3).Transpose(), false},
		// Unlike Reshape(-1), NumPy's ravel copies a stepped 1-D array.
		{"stepped 1-D", seq(6).Slice(Step(End, End, 2)), false},
		{"reversed", seq(4).Slice(Step(End, End, -1)), false},
		{"row of a matrix", seq(3, 4).Slice(I(1)), true},
		{"column of a matrix", seq(3, 4).Slice(All(), I(1)), false},
		{"size-1 transposed", seq(1, 4).Transpose(), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			owner := tc.a
			if tc.a.Base() != nil {
				owner = tc.a.Base()
			}
			want := atElems(tc.a)
			r := tc.a.Ravel()
			checkArray(t, r, []int{len(want)}, want)
			if view := isViewOf(t, r, owner); view != tc.ravelView {
				t.Errorf("Ravel view %v, want %v", view, tc.ravelView)
			}
			f := tc.a.Flatten()
			checkArray(t, f, []int{len(want)}, want)
			if isViewOf(t, f, owner) || !f.IsContiguous() {
				t.Errorf("Flatten must be a fresh contiguous copy")
			}
			if len(want) > 0 {
				f.Set(-5, 0)
				if tc.a.At(make([]int, tc.a.Ndim())...) == -5 {
					t.Errorf("write into Flatten's result reached a")
				}
			}
		})
	}
}
