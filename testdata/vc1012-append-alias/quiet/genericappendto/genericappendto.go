// Quiet (VC1012): a generic AppendTo helper (the AppendXxx idiom, like
// strconv.AppendInt) whose callers assign every result back to their
// buffer: its Appends fact makes each call an append on dst, and each
// one replaces dst.
package main

import "fmt"

// AppendAll appends xs to dst and returns the extended slice.
func AppendAll[T any](dst []T, xs ...T) []T {
	return append(dst, xs...)
}

func main() {
	dst := make([]int, 0, 8)
	dst = AppendAll(dst, 1, 2)
	dst = AppendAll(dst, 3)
	fmt.Println(dst)
}
