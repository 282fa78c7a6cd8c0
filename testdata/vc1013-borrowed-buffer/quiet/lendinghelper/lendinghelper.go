// Quiet: a helper that lends the scanner's buffer, as Bytes does, and a
// caller that uses each result before the next Scan.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// field returns the first field of the current token, valid until the
// next Scan.
func field(sc *bufio.Scanner) []byte {
	f := bytes.Fields(sc.Bytes())
	if len(f) == 0 {
		return nil
	}
	return f[0]
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("a 1\nb 2\n"))
	var keys []string
	for sc.Scan() {
		keys = append(keys, string(field(sc)))
	}
	fmt.Println(keys)
}
