// Quiet: the line comes from one scanner and the next Scan is another
// scanner's; a scanner assigned anew between the calls is a new buffer.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	left := bufio.NewScanner(strings.NewReader("a\n"))
	right := bufio.NewScanner(strings.NewReader("b\n"))
	left.Scan()
	l := left.Bytes()
	right.Scan()
	fmt.Println(string(l), right.Text())

	sc := bufio.NewScanner(strings.NewReader("x\n"))
	sc.Scan()
	first := sc.Bytes()
	sc = bufio.NewScanner(strings.NewReader("y\n"))
	sc.Scan()
	fmt.Println(string(first), sc.Text())
}
