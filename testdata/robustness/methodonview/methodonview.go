// A method of the user's own type returns a view of the receiver's array;
// writing through it changes the array the receiver reads afterwards.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// Series holds samples in rows of a fixed width.
type Series struct{ data *ndarray.Array[float64] }

// Window returns row i of the samples. It shares their memory.
func (s Series) Window(i int) *ndarray.Array[float64] { return s.data.Slice(ndarray.I(i)) }

func main() {
	samples := ndarray.Arange[float64](6).Reshape(3, 2)
	s := Series{data: samples}
	w := s.Window(1)
	w.Fill(0) // want "VC1001"
	fmt.Println(samples)
}
