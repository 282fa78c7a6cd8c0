// Quiet: append([]byte(nil), b...) copies the borrowed line; the copies
// are kept across ReadLine.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("one\ntwo\n"))
	var lines [][]byte
	for {
		line, _, err := r.ReadLine()
		if err != nil {
			break
		}
		lines = append(lines, append([]byte(nil), line...))
	}
	fmt.Printf("%q\n", lines)
}
