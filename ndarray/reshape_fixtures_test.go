package ndarray

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"
)

// reshapeFixtures is ndarray/testdata/reshape_cases.json, written by
// scripts/gen_reshape_fixtures.py from NumPy's own answers.
type reshapeFixtures struct {
	NumPy string        `json:"numpy"`
	Cases []reshapeCase `json:"cases"`
}

type reshapeCase struct {
	Base        []int       `json:"base"`
	Ops         []fixtureOp `json:"ops"`
	ViewShape   []int       `json:"view_shape"`
	Target      []int       `json:"target"`
	Shape       []int       `json:"shape"`
	ReshapeView bool        `json:"reshape_view"`
	Strides     []int       `json:"strides"`
	Values      []int       `json:"values"`
	RavelView   bool        `json:"ravel_view"`
}

type fixtureOp struct {
	Op    string         `json:"op"`
	Axes  []int          `json:"axes"`
	Shape []int          `json:"shape"`
	Idx   []fixtureIndex `json:"idx"`
}

type fixtureIndex struct {
	K     string `json:"k"`
	I     int    `json:"i"`
	Start *int   `json:"start"`
	Stop  *int   `json:"stop"`
	Step  int    `json:"step"`
}

func (c reshapeCase) String() string {
	return fmt.Sprintf("base %v ops %s -> view %v, reshape %v", c.Base, opsString(c.Ops), c.ViewShape, c.Target)
}

func opsString(ops []fixtureOp) string {
	b, _ := json.Marshal(ops)
	return string(b)
}

func bound(p *int) int {
	if p == nil {
		return End
	}
	return *p
}

// build replays the case's view construction on a fresh owner.
func (c reshapeCase) build(t *testing.T) (owner, v *Array[int]) {
	owner = seq(c.Base...)
	v = owner
	for _, op := range c.Ops {
		switch op.Op {
		case "transpose":
			v = v.Transpose(op.Axes...)
		case "broadcast":
			v = v.BroadcastTo(op.Shape...)
		case "slice":
			idx := make([]Index, len(op.Idx))
			for i, it := range op.Idx {
				switch it.K {
				case "int":
					idx[i] = I(it.I)
				case "newaxis":
					idx[i] = NewAxis()
				default:
					idx[i] = Step(bound(it.Start), bound(it.Stop), it.Step)
				}
			}
			v = v.Slice(idx...)
		default:
			t.Fatalf("unknown op %q", op.Op)
		}
	}
	return owner, v
}

// isViewOf reports whether r is a view of owner, and fails when r is neither
// a view of owner nor a fresh owner.
func isViewOf(t *testing.T, r, owner *Array[int]) bool {
	t.Helper()
	switch {
	case r.Base() == owner && !r.OwnsData():
		return true
	case r.Base() == nil && r.OwnsData():
		if owner.Size() > 0 && sharesData(r, owner) {
			t.Fatalf("fresh owner shares the base's buffer")
		}
		return false
	}
	t.Fatalf("Base %p OwnsData %v: neither a view of %p nor a fresh array", r.Base(), r.OwnsData(), owner)
	return false
}

func loadReshapeFixtures(t *testing.T) reshapeFixtures {
	t.Helper()
	raw, err := os.ReadFile("testdata/reshape_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var f reshapeFixtures
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Cases) < 100 {
		t.Fatalf("only %d fixture cases", len(f.Cases))
	}
	return f
}

// TestReshapeMatchesNumPy checks, for every fixture, that Reshape returns a
// view exactly when NumPy did, with NumPy's strides, and NumPy's values.
func TestReshapeMatchesNumPy(t *testing.T) {
	f := loadReshapeFixtures(t)
	var views, copies int
	for _, c := range f.Cases {
		owner, v := c.build(t)
		if !slices.Equal(v.Shape(), c.ViewShape) {
			t.Fatalf("%v: built view has shape %v, NumPy's %v", c, v.Shape(), c.ViewShape)
		}
		r := v.Reshape(c.Target...)
		if !slices.Equal(r.Shape(), c.Shape) {
			t.Errorf("%v: shape %v, NumPy %v", c, r.Shape(), c.Shape)
			continue
		}
		if got := atElems(r); !slices.Equal(got, c.Values) {
			t.Errorf("%v: values %v, NumPy %v", c, got, c.Values)
		}
		view := isViewOf(t, r, owner)
		if view != c.ReshapeView {
			t.Errorf("%v: view %v, NumPy %v (view strides %v)", c, view, c.ReshapeView, v.Strides())
			continue
		}
		if view {
			views++
			if !sameMeaningfulStrides(r.Shape(), r.Strides(), c.Strides) {
				t.Errorf("%v: strides %v, NumPy %v", c, r.Strides(), c.Strides)
			}
			if r.Writable() != v.Writable() {
				t.Errorf("%v: view Writable %v, input %v", c, r.Writable(), v.Writable())
			}
		} else {
			copies++
			if !r.Writable() || !r.IsContiguous() {
				t.Errorf("%v: a copy must be writable and contiguous", c)
			}
		}
	}
	t.Logf("%d cases from NumPy %s: %d views, %d copies", len(f.Cases), f.NumPy, views, copies)
}

// TestRavelMatchesNumPy checks that Ravel returns a view exactly when
// NumPy's ravel did, with the values in C order.
func TestRavelMatchesNumPy(t *testing.T) {
	f := loadReshapeFixtures(t)
	for _, c := range f.Cases {
		owner, v := c.build(t)
		r := v.Ravel()
		if !slices.Equal(r.Shape(), []int{len(c.Values)}) {
			t.Errorf("%v: Ravel shape %v, want [%d]", c, r.Shape(), len(c.Values))
		}
		if got := atElems(r); !slices.Equal(got, c.Values) {
			t.Errorf("%v: Ravel values %v, NumPy %v", c, got, c.Values)
		}
		if view := isViewOf(t, r, owner); view != c.RavelView {
			t.Errorf("%v: Ravel view %v, NumPy %v (strides %v)", c, view, c.RavelView, v.Strides())
		}
		fl := v.Flatten()
		if isViewOf(t, fl, owner) || !slices.Equal(atElems(fl), c.Values) {
			t.Errorf("%v: Flatten is a view or has the wrong values %v", c, atElems(fl))
		}
	}
}

// sameMeaningfulStrides compares strides where they matter: on axes longer
// than 1 of a non-empty array. NumPy's strides for axes of length 1 and for
// empty arrays depend on how the view was made and never select an element.
func sameMeaningfulStrides(shape, got, want []int) bool {
	if len(got) != len(want) {
		return false
	}
	if slices.Contains(shape, 0) {
		return true
	}
	for i, d := range shape {
		if d > 1 && got[i] != want[i] {
			return false
		}
	}
	return true
}
