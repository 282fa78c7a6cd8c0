// Quiet (VC1012): two appends on one prefix, but the first result is
// consumed (converted to a string, a copy) before the second is made:
// nothing reads it afterwards, so sharing the spare slot is harmless.
package main

import "fmt"

func keys(prefix []byte) (string, string) {
	buf := make([]byte, 0, 32)
	buf = append(buf, prefix...)
	k1 := append(buf, 'a')
	s1 := string(k1)
	k2 := append(buf, 'b')
	return s1, string(k2)
}

func main() { fmt.Println(keys([]byte("user:"))) }
