// Bug (VC1009): gonum/matrix#427 with plain slices: vec is built inside the
// loop, so it looks fresh each iteration, but NewVector keeps values and
// SubVec writes them: it prints [-3 -3 -3], [-7 -8 -9], [-11 -13 -15]
// instead of [-3 -3 -3] three times.
package main

import "fmt"

type Vector struct {
	data []float64
}

func NewVector(data []float64) *Vector { return &Vector{data: data} }

// SubVec sets v to a - b.
func (v *Vector) SubVec(a, b *Vector) {
	for i := range v.data {
		v.data[i] = a.data[i] - b.data[i]
	}
}

func main() {
	values := []float64{1, 2, 3}
	for i := 0; i < 3; i++ {
		vec1 := NewVector(values)
		vec2 := NewVector([]float64{4, 5, 6})
		vec1.SubVec(vec1, vec2) // want "VC1009"
		fmt.Println(vec1.data)
	}
}
