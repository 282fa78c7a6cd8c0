// Quiet: each line is handed to goroutines, and the loop waits for them
// (WaitGroup.Wait) before the next Scan overwrites it.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("a b\nc d e\n"))
	var words atomic.Int64
	for sc.Scan() {
		line := sc.Bytes()
		var wg sync.WaitGroup
		for _, half := range [][]byte{line[:len(line)/2], line[len(line)/2:]} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				words.Add(int64(len(bytes.Fields(half))))
			}()
		}
		wg.Wait()
	}
	fmt.Println(words.Load())
}
