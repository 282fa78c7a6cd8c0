// A method flattens the matrix it is given and writes through the result:
// for a transposed matrix the reshape copies and the write is lost.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

type Model struct {
	W *ndarray.Array[float64]
}

func (m *Model) Zeroed(w *ndarray.Array[float64]) float64 {
	flat := w.Ravel()
	flat.Fill(0) // want "VC1004"
	return ndarray.Sum(w)
}

func main() {
	m := &Model{W: ndarray.Full(2.0, 2, 2)}
	fmt.Println(m.Zeroed(m.W))                                 // 0
	fmt.Println(m.Zeroed(ndarray.Full(2.0, 2, 3).Transpose())) // 12
}
