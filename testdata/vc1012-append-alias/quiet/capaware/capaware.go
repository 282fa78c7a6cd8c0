// Quiet (VC1012): a function that fills its parameter's spare capacity
// on purpose and says so by asking cap() (x/net/html's testAllComments:
// "fills in buffer[len(buffer):cap(buffer)]").
package main

import "fmt"

func fillAll(buffer []byte, out *[]string) {
	for _, c := range []byte("ab") {
		b := append(buffer, c)
		*out = append(*out, string(b))
		if len(b) < cap(b) {
			fillAll(b, out)
		}
	}
}

func main() {
	var out []string
	fillAll(make([]byte, 0, 2), &out)
	fmt.Println(out)
}
