// Bug (VC1009): gonum/matrix#427 with plain slices: one buffer refilled in a
// loop to build a sample per row; NewSample keeps the buffer, so every
// stored sample shows the last row: it prints [2 2] three times.
package main

import "fmt"

type Sample struct {
	values []float64
}

func NewSample(values []float64) Sample { return Sample{values: values} }

func main() {
	row := make([]float64, 2)
	var samples []Sample
	for i := 0; i < 3; i++ {
		for j := range row {
			row[j] = float64(i) // want "VC1009"
		}
		samples = append(samples, NewSample(row))
	}
	for _, s := range samples {
		fmt.Println(s.values)
	}
}
