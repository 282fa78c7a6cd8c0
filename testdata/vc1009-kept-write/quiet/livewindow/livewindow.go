// Correct: a vector built once over a buffer that each iteration refills
// and then reads through the vector, on purpose (gonum's own simplex solver
// keeps cbVec over cb this way). Nothing says the vector is a snapshot.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	cost := make([]float64, 3)
	costVec := mat.NewVecDense(3, cost)
	weights := mat.NewVecDense(3, []float64{1, 2, 3})
	for step := 0; step < 3; step++ {
		for i := range cost {
			cost[i] = float64(step + i)
		}
		fmt.Println(mat.Dot(costVec, weights))
	}
}
