package alias

import (
	"go/constant"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
)

func TestSelDisjoint(t *testing.T) {
	c := func(i int64) ssa.Value { return ssa.NewConst(constant.MakeInt64(i), types.Typ[types.Int]) }
	k := &ssa.Parameter{} // an unknown bound, the same value on both sides
	all := Sel{Kind: SelAll}
	at := func(i int64) Sel { return Sel{Kind: SelInt, Lo: c(i)} }
	rng := func(lo, hi ssa.Value, step int64) Sel { return Sel{Kind: SelRange, Lo: lo, Hi: hi, Step: step} }
	for _, tc := range []struct {
		name string
		a, b Sel
		want bool
	}{
		{"whole axis meets everything", all, at(0), false},
		{"two positions", at(0), at(1), true},
		{"one position twice", at(2), at(2), false},
		{"position before a range", at(1), rng(c(2), nil, 1), true},
		{"position at a range's end", at(5), rng(c(0), c(5), 1), true},
		{"position inside a range", at(3), rng(c(0), c(5), 1), false},
		{"odd position, even steps", at(3), rng(c(0), nil, 2), true},
		{"even position, even steps", at(4), rng(c(0), nil, 2), false},
		{"S(0, k) and S(k, End)", rng(c(0), k, 1), rng(k, nil, 1), true},
		{"S(0, k) and S(1, End)", rng(c(0), k, 1), rng(c(1), nil, 1), false},
		{"constant ranges apart", rng(c(0), c(3), 1), rng(c(3), c(6), 1), true},
		{"constant ranges meeting", rng(c(0), c(3), 1), rng(c(2), c(6), 1), false},
		{"even and odd", rng(c(0), nil, 2), rng(c(1), nil, 2), true},
		{"every second and every fourth", rng(c(0), nil, 2), rng(c(0), nil, 4), false},
		{"steps 4 and 6 from 0 and 1", rng(c(0), nil, 4), rng(c(1), nil, 6), true},
		{"steps 4 and 6 from 0 and 2", rng(c(0), nil, 4), rng(c(2), nil, 6), false},
		{"unknown start", rng(k, nil, 2), rng(c(1), nil, 2), false},
		{"negative position", at(-1), rng(c(0), c(2), 1), false},
	} {
		if got := tc.a.disjoint(tc.b); got != tc.want {
			t.Errorf("%s: disjoint = %v, want %v", tc.name, got, tc.want)
		}
		if got := tc.b.disjoint(tc.a); got != tc.want {
			t.Errorf("%s (swapped): disjoint = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestRegionDisjointOnAnyAxis(t *testing.T) {
	c := func(i int64) ssa.Value { return ssa.NewConst(constant.MakeInt64(i), types.Typ[types.Int]) }
	base := &ssa.Parameter{}
	other := &ssa.Parameter{}
	cols := func(lo, hi int64) *Region {
		return &Region{Of: base, Axes: []Sel{{Kind: SelAll}, {Kind: SelRange, Lo: c(lo), Hi: c(hi), Step: 1}}}
	}
	rows := &Region{Of: base, Axes: []Sel{{Kind: SelRange, Lo: c(0), Hi: c(2), Step: 1}}}
	if !cols(0, 2).disjoint(cols(2, 4)) {
		t.Error("column blocks 0-2 and 2-4 should be disjoint")
	}
	if cols(0, 2).disjoint(rows) || rows.disjoint(cols(2, 4)) {
		t.Error("a row block meets every column block")
	}
	p := &Prov{Region: cols(0, 2)}
	q := &Prov{Region: cols(2, 4)}
	if !Disjoint(p, q) {
		t.Error("Disjoint: column blocks of one array")
	}
	q.Region.Of = other
	if Disjoint(p, q) {
		t.Error("Disjoint: slices of different arrays are not known to be apart")
	}
}
