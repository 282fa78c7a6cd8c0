// Quiet: after the next Scan, only the previous token's length is asked,
// and whether there was one: no byte of the old buffer is read.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("abc\nde\n"))
	var prev []byte
	grew := 0
	for sc.Scan() {
		if prev != nil && len(sc.Bytes()) > len(prev) {
			grew++
		}
		prev = sc.Bytes()
	}
	fmt.Println(grew, prev == nil)
}
