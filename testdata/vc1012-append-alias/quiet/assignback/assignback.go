// Quiet (VC1012): buf = append(buf, x) replaces its input: the old
// header is not used again, so sharing the array does not matter.
package main

import "fmt"

func encode(vals []int) []byte {
	buf := make([]byte, 0, 16)
	for _, v := range vals {
		buf = append(buf, byte(v))
		buf = append(buf, ',')
	}
	return buf
}

func main() { fmt.Println(encode([]int{1, 2, 3})) }
