// Quiet: copy moves the borrowed bytes into memory the function owns
// before the next ReadSlice.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("k:v\n"))
	k, _ := r.ReadSlice(':')
	key := make([]byte, len(k))
	copy(key, k)
	v, _ := r.ReadSlice('\n')
	fmt.Printf("%s %s\n", key, v)
}
