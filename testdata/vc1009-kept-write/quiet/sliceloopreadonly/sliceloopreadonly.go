// Correct: the vector built each iteration over the shared values is only
// read (Sum writes nothing), so every iteration sees the same values.
package main

import "fmt"

type Vector struct {
	data []float64
}

func NewVector(data []float64) *Vector { return &Vector{data: data} }

func (v *Vector) Sum() float64 {
	t := 0.0
	for _, x := range v.data {
		t += x
	}
	return t
}

func main() {
	values := []float64{1, 2, 3}
	for i := 0; i < 3; i++ {
		vec := NewVector(values)
		fmt.Println(vec.Sum())
	}
}
