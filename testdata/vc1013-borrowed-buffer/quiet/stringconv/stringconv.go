// Quiet: string(sc.Bytes()) copies the token; the set and the list keep
// strings, not the scanner's buffer.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("a\nb\na\n"))
	seen := map[string]bool{}
	var order []string
	for sc.Scan() {
		line := sc.Bytes()
		if !seen[string(line)] {
			seen[string(line)] = true
			order = append(order, string(line))
		}
	}
	fmt.Println(order)
}
