package every

import "gonum.org/v1/gonum/mat"

// VC1007: two overlapping blocks of one matrix, which Add refuses.
func overlap() {
	m := mat.NewDense(3, 3, nil)
	top := m.Slice(0, 2, 0, 2).(*mat.Dense)
	top.Add(top, m.Slice(1, 3, 1, 3)) // want "VC1007"
}
