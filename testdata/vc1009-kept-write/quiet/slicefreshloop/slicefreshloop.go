// Correct: gonum/matrix#427 done right with plain slices: a fresh row is
// made in each iteration, so each stored sample keeps its own: it prints
// [0 0], [1 1], [2 2].
package main

import "fmt"

type Sample struct {
	values []float64
}

func NewSample(values []float64) Sample { return Sample{values: values} }

func main() {
	var samples []Sample
	for i := 0; i < 3; i++ {
		row := make([]float64, 2)
		for j := range row {
			row[j] = float64(i)
		}
		samples = append(samples, NewSample(row))
	}
	for _, s := range samples {
		fmt.Println(s.values)
	}
}
