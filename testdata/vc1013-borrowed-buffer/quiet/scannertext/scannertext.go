// Quiet: scanner.Text() returns a new string for each token; collecting
// the strings across Scan keeps nothing of the scanner's buffer.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("a\nb\n"))
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	fmt.Println(lines)
}
