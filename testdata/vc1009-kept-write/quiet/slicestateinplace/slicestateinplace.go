// Correct: the state is evolved in place on purpose: the vector is rebuilt
// each step over the same state, which Step updates, and the caller reads
// the state afterwards, so the accumulation is the point.
package main

import "fmt"

type Vector struct {
	data []float64
}

func NewVector(data []float64) *Vector { return &Vector{data: data} }

// Step advances every component by one unit of time.
func (v *Vector) Step() {
	for i := range v.data {
		v.data[i] += 1
	}
}

func main() {
	state := []float64{0, 10}
	for t := 0; t < 3; t++ {
		v := NewVector(state)
		v.Step()
	}
	fmt.Println(state)
}
