// Bug (VC1013): two ReadSlice results read together: the second call may
// refill the buffer the first one points into.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func pair(r *bufio.Reader) (string, error) {
	k, err := r.ReadSlice(':')
	if err != nil {
		return "", err
	}
	v, err := r.ReadSlice('\n')
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s%s", k, v), nil // want "VC1013"
}

func main() {
	fmt.Println(pair(bufio.NewReaderSize(strings.NewReader("key:value\n"), 16)))
}
