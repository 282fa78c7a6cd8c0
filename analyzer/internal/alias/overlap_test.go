package alias

import (
	"go/constant"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
)

func c(n int64) ssa.Value { return ssa.NewConst(constant.MakeInt64(n), types.Typ[types.Int]) }

func TestMustOverlap(t *testing.T) {
	root := &Root{Kind: RootFresh}
	base := &Prov{Root: root, Rel: Own}
	of := &ssa.Const{} // stands for the array sliced
	view := func(axes ...Sel) *Prov {
		return &Prov{Root: root, Rel: View, Parent: base, Region: &Region{Of: of, Axes: axes}}
	}
	rng := func(lo, hi int64) Sel { return Sel{Kind: SelRange, Lo: c(lo), Hi: c(hi), Step: 1} }
	pos := func(i int64) Sel { return Sel{Kind: SelInt, Lo: c(i)} }
	all := Sel{Kind: SelAll}
	unknown := Sel{Kind: SelRange, Lo: &ssa.Parameter{}, Hi: c(3), Step: 1}
	other := &Prov{Root: &Root{Kind: RootFresh}, Rel: Own}

	tests := []struct {
		name               string
		p, q               *Prov
		overlap, identical bool
	}{
		{"shifted ranges (gonum#324)", view(rng(1, 9)), view(rng(0, 8)), true, false},
		{"the same range twice", view(rng(0, 2), rng(0, 2)), view(rng(0, 2), rng(0, 2)), true, true},
		{"adjacent ranges", view(rng(0, 2)), view(rng(2, 4)), false, false},
		{"blocks meeting in one corner", view(rng(0, 2), rng(0, 2)), view(rng(1, 3), rng(1, 3)), true, false},
		{"blocks side by side", view(rng(0, 2), rng(0, 2)), view(rng(0, 2), rng(2, 4)), false, false},
		{"a row and a column", view(pos(1), all), view(all, pos(2)), true, false},
		{"two rows", view(pos(1), all), view(pos(2), all), false, false},
		{"a row inside a block", view(pos(1), all), view(rng(0, 2), rng(0, 2)), true, false},
		{"an unknown bound", view(unknown), view(rng(0, 2)), false, false},
		{"a view and its base", view(rng(0, 2)), base, true, false},
		{"a value and itself", base, base, true, true},
		{"different arrays", base, other, false, false},
	}
	for _, tt := range tests {
		o, id := MustOverlap(tt.p, tt.q)
		if o != tt.overlap || id != tt.identical {
			t.Errorf("%s: MustOverlap = %v, %v; want %v, %v", tt.name, o, id, tt.overlap, tt.identical)
		}
		if o2, id2 := MustOverlap(tt.q, tt.p); o2 != o || id2 != id {
			t.Errorf("%s: not symmetric", tt.name)
		}
	}
}
