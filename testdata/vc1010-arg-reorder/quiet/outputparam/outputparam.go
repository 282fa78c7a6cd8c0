// Correct: dst is an output parameter: the function fills it element by
// element and returns how many it wrote, as copy does.
package main

import "fmt"

func squares(dst []int, n int) int {
	for i := 0; i < n && i < len(dst); i++ {
		dst[i] = i * i
	}
	return min(n, len(dst))
}

func main() {
	buf := make([]int, 4)
	fmt.Println(squares(buf, 3), buf)
}
