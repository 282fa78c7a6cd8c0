// Bug (VC1002): A training loop sends each epoch's weights to a logger goroutine as a
// RowView of the weight matrix; by the time the logger prints, the weights
// have moved on, so every logged epoch shows the final weights [0.25 0.5]
// instead of [1 2], [0.5 1] and [0.25 0.5].
package main

import (
	"fmt"
	"sync"

	"gonum.org/v1/gonum/mat"
)

func main() {
	w := mat.NewDense(1, 2, []float64{2, 4})
	logs := make(chan mat.Vector, 3)
	var wg sync.WaitGroup
	wg.Add(1)
	for epoch := 0; epoch < 3; epoch++ {
		w.Scale(0.5, w) // want "VC1002"
		logs <- w.RowView(0)
	}
	close(logs)
	go func() {
		defer wg.Done()
		for v := range logs {
			fmt.Println("epoch weights:", mat.Formatted(v.T()))
		}
	}()
	wg.Wait()
}
