// Bug (VC1013): nextLine scans, then lends the scanner's buffer; the
// second call scans again, which overwrites what the first returned.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func nextLine(sc *bufio.Scanner) []byte {
	if !sc.Scan() {
		return nil
	}
	return sc.Bytes()
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("key\nvalue\n"))
	key := nextLine(sc)
	value := nextLine(sc)
	fmt.Println(string(key), string(value)) // want "VC1013"
}
