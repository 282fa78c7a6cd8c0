package every

import "gonum.org/v1/gonum/mat"

// VC1007: two overlapping blocks of one matrix, which Add refuses.
func overlap() {
	m := mat.NewDense(3, 3, nil)
	top := m.Slice(0, 2, 0, 2).(*mat.Dense)
	top.Add(top, m.Slice(1, 3, 1, 3)) // want "VC1007"
}

// VC1008: a view Reset and reused while its matrix is read.
func resetView() {
	m := mat.NewDense(3, 3, nil)
	v := m.Slice(0, 2, 0, 2).(*mat.Dense)
	v.Reset() // want "VC1008"
	a := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	v.Mul(a, a)
	_ = mat.Sum(m)
}

// VC1009: the slice a matrix kept as the previous state keeps, written
// while the matrix is read.
func keptWrite() float64 {
	data := []float64{1, 2, 3, 4}
	prev := mat.NewDense(2, 2, data)
	data[0] = 0 // want "VC1009"
	return prev.At(0, 0)
}
