// Quiet: each line goes to a goroutine, and the loop waits for it (a
// reply on a channel) before the next Scan.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("a b\nc\n"))
	done := make(chan int)
	total := 0
	for sc.Scan() {
		line := sc.Bytes()
		go func() { done <- len(bytes.Fields(line)) }()
		total += <-done
	}
	fmt.Println(total)
}
