// Correct: the slice is made with the capacity of the input and appended
// once per input element, so no append reallocates and the pointer to the
// first element, taken in the first round, stays valid.
package main

import "fmt"

type out struct {
	V     int
	First bool
}

func convert(in []int) []out {
	res := make([]out, 0, len(in))
	var head *out
	for i, v := range in {
		res = append(res, out{V: v})
		if i == 0 {
			head = &res[0]
		}
	}
	if head != nil {
		head.First = true
	}
	return res
}

func main() { fmt.Println(convert([]int{1, 2})) }
