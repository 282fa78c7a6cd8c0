// Bug (VC1009): byWeight returns a closure that keeps the weights slice;
// the caller changes the weights before comparing with it, so the
// comparison uses the new weights: it prints false instead of true.
package main

import "fmt"

func byWeight(weights []int) func(i, j int) bool {
	return func(i, j int) bool { return weights[i] < weights[j] }
}

func main() {
	weights := []int{1, 2}
	less := byWeight(weights)
	weights[0] = 3 // want "VC1009"
	fmt.Println(less(0, 1))
}
