// A function returning (array, error) is a function that returns an array:
// when it writes through its parameter, the caller's array changes.
package main

import (
	"errors"
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func logReturns(prices *ndarray.Array[float64]) (*ndarray.Array[float64], error) {
	if prices.Size() < 2 {
		return nil, errors.New("need two prices")
	}
	n := prices.Size()
	base := ndarray.Full(prices.At(0), 1)
	ndarray.DivAssign(prices, base) // want "VC1006"
	out := ndarray.Zeros[float64](n - 1)
	for i := 1; i < n; i++ {
		out.Set(prices.At(i)-prices.At(i-1), i-1)
	}
	return out, nil
}

func main() {
	p := ndarray.FromSlice([]float64{100, 110, 99})
	r, err := logReturns(p)
	fmt.Println(r, err, p) // p is now [1 1.1 0.99]
}
