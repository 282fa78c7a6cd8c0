// Package xsplit returns parts of arrays as views, with its parameters in
// unusual orders, as methods, as generic functions and through other
// helpers, so that packages that use it depend on the summaries (facts)
// recording which part each result selects.
//
// Review: redteam4
package xsplit

import "github.com/viewcheck/viewcheck/ndarray"

// Rows returns rows [lo, hi) of m; the array comes last.
func Rows(lo, hi int, m *ndarray.Array[float64]) *ndarray.Array[float64] {
	return m.Slice(ndarray.S(lo, hi))
}

// RowsRev takes hi before lo.
func RowsRev(hi int, m *ndarray.Array[float64], lo int) *ndarray.Array[float64] {
	return m.Slice(ndarray.S(lo, hi))
}

// Head returns rows [0, k) through Rows.
func Head(m *ndarray.Array[float64], k int) *ndarray.Array[float64] { return Rows(0, k, m) }

// Tail returns rows [k, end) through RowsRev.
func Tail(m *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	return RowsRev(ndarray.End, m, k)
}

// Column returns column j of m (generic).
func Column[T ndarray.Number](m *ndarray.Array[T], j int) *ndarray.Array[T] {
	return m.Slice(ndarray.All(), ndarray.I(j))
}

// Table wraps a matrix.
type Table struct{ M *ndarray.Array[float64] }

// Band returns rows [lo, hi) of the table: the receiver is param 0.
func (t *Table) Band(lo, hi int) *ndarray.Array[float64] {
	return t.M.Slice(ndarray.S(lo, hi))
}

// Pick returns rows [lo, hi) of m; labels are ignored (variadic).
func Pick(m *ndarray.Array[float64], lo, hi int, labels ...string) *ndarray.Array[float64] {
	_ = labels
	return m.Slice(ndarray.S(lo, hi))
}

// Owner returns the array v's memory belongs to: v's base, or v itself.
func Owner(v *ndarray.Array[float64]) *ndarray.Array[float64] {
	if b := v.Base(); b != nil {
		return b
	}
	return v
}
