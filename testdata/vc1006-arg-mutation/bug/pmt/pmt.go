// rate = np.asarray(rate); rate[rate==0] = 1 in np.pmt (numpy#8055): the
// payment function replaces zero rates in the caller's array.
package main

import (
	"fmt"
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// pmt returns the payment per period for each rate, for a loan of pv over
// n periods.
func pmt(rate *nd.Array[float64], n int, pv float64) *nd.Array[float64] {
	zero := nd.Equal(rate, nd.Zeros[float64](1))
	rate.PutMask(zero, nd.Full(1.0, rate.Mask(zero).Size())) // want "VC1006"
	out := nd.Zeros[float64](rate.Size())
	for i := 0; i < rate.Size(); i++ {
		r := rate.At(i)
		if zero.At(i) {
			out.Set(pv/float64(n), i)
			continue
		}
		out.Set(pv*r/(1-math.Pow(1+r, -float64(n))), i)
	}
	return out
}

func main() {
	rates := nd.FromSlice([]float64{0.05, 0, 0.01})
	fmt.Println(pmt(rates, 12, 1000))
	fmt.Println("rates afterwards:", rates) // [0.05 1 0.01]
}
