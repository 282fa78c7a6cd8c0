// Package sliceslab carves rows out of one backing slab and fills them in
// place: each stored row is a window of its own, written at its own place.
package sliceslab

func Matrix(r, c int, f func(i, j int) float64) [][]float64 {
	rows := make([][]float64, r)
	backing := make([]float64, r*c)
	for i := range rows {
		rows[i] = backing[i*c : (i+1)*c]
		for j := 0; j < c; j++ {
			backing[i*c+j] = f(i, j)
		}
	}
	return rows
}

func Carve(n, width int) [][]byte {
	out := make([][]byte, 0, n)
	slab := make([]byte, n*width)
	for i := 0; i < n; i++ {
		out = append(out, slab[:width:width])
		for j := 0; j < width; j++ {
			slab[j] = byte(i)
		}
		slab = slab[width:]
	}
	return out
}
